; force_destroy = true as an attribute of a resource block.
(block
  (identifier) @_kind (#eq? @_kind "resource")
  (body
    (attribute
      (identifier) @_name (#eq? @_name "force_destroy")
      (expression (literal_value (bool_lit) @_value (#eq? @_value "true")))) @finding))
