; deletion_protection = false in a resource block.
(block
  (identifier) @_kind (#eq? @_kind "resource")
  (body
    (attribute
      (identifier) @_name (#eq? @_name "deletion_protection")
      (expression (literal_value (bool_lit) @_value (#eq? @_value "false")))) @finding))
