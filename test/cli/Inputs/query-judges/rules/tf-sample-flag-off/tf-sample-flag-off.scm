(block
  (identifier) @_block
  (string_lit (template_literal) @_type)
  (string_lit (template_literal) @_name)
  (body (attribute (identifier) @_attribute) @finding)
  (#eq? @_block "resource")
  (#eq? @_attribute "sample_flag"))
