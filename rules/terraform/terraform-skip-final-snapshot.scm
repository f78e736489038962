; skip_final_snapshot = true in a resource block.
(block
  (identifier) @_kind (#eq? @_kind "resource")
  (body
    (attribute
      (identifier) @_name (#eq? @_name "skip_final_snapshot")
      (expression (literal_value (bool_lit) @_value (#eq? @_value "true")))) @finding))
