; `removed { from = ... lifecycle { destroy = ... } }`; the judge (terraform-value-true) reports
; it when the value can be true, literally or through variables. Two patterns: Terraform does not
; care whether `from` comes before or after the lifecycle block, and a query's siblings are ordered.
(block
  (identifier) @_block
  (body
    (attribute (identifier) @_from_key (expression) @_from)
    (block
      (identifier) @_lifecycle
      (body
        (attribute (identifier) @_attribute) @finding)))
  (#eq? @_block "removed")
  (#eq? @_from_key "from")
  (#eq? @_lifecycle "lifecycle")
  (#eq? @_attribute "destroy"))

(block
  (identifier) @_block
  (body
    (block
      (identifier) @_lifecycle
      (body
        (attribute (identifier) @_attribute) @finding))
    (attribute (identifier) @_from_key (expression) @_from))
  (#eq? @_block "removed")
  (#eq? @_from_key "from")
  (#eq? @_lifecycle "lifecycle")
  (#eq? @_attribute "destroy"))
