; One of the four settings of an `aws_s3_bucket_public_access_block` resource; the judge
; (terraform-value-false) reports it when the value can be false, literally or through a variable's
; default, a tfvars value, a local or a conditional's arm. True, unknown and absent stay silent.
(block
  (identifier) @_block
  (string_lit (template_literal) @_type)
  (string_lit (template_literal) @_name)
  (body
    (attribute (identifier) @_attribute) @finding)
  (#eq? @_block "resource")
  (#eq? @_type "aws_s3_bucket_public_access_block")
  (#any-of? @_attribute "block_public_acls" "block_public_policy" "ignore_public_acls" "restrict_public_buckets"))
