; `permissions: write-all` where GitHub reads it: at the top of the workflow, or at the top of a job
; under `jobs:` (block or flow style, the value plain or quoted). The judge
; (github-actions-token-scope) names the job captured as @_job, or every job of the workflow.
; Anywhere else (a step's `with:`, `env:`) the key is only an input name and is not reported.

(stream
  (document
    (block_node
      (block_mapping
        (block_mapping_pair
          key: (flow_node) @_key
          value: (flow_node [(plain_scalar) (single_quote_scalar) (double_quote_scalar)] @_value) @finding))))
  (#any-of? @_key "permissions" "'permissions'" "\"permissions\"")
  (#any-of? @_value "write-all" "'write-all'" "\"write-all\""))

(stream
  (document
    (block_node
      (block_mapping
        (block_mapping_pair
          key: (flow_node) @_jobs
          value: (block_node
            (block_mapping
              (block_mapping_pair
                key: (flow_node) @_job
                value: [
                  (block_node
                    (block_mapping
                      (block_mapping_pair
                        key: (flow_node) @_key
                        value: (flow_node [(plain_scalar) (single_quote_scalar) (double_quote_scalar)] @_value) @finding)))
                  (flow_node
                    (flow_mapping
                      (flow_pair
                        key: (flow_node) @_key
                        value: (flow_node [(plain_scalar) (single_quote_scalar) (double_quote_scalar)] @_value) @finding)))
                ])))))))
  (#any-of? @_jobs "jobs" "'jobs'" "\"jobs\"")
  (#any-of? @_key "permissions" "'permissions'" "\"permissions\"")
  (#any-of? @_value "write-all" "'write-all'" "\"write-all\""))
