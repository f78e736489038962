// The bash grammar's field names that the shell analysers read, resolved once to field ids, so
// that a hot loop asks ts_node_child_by_field_id or compares ts_tree_cursor_current_field_id with
// an integer instead of looking a name up (ts_node_child_by_field_name scans the grammar's field
// names with strncmp on every call).
#ifndef BLASTRADIUS_SHELL_BASHFIELDS_H
#define BLASTRADIUS_SHELL_BASHFIELDS_H

#include <tree_sitter/api.h>

namespace blastradius::shell::field {

extern const TSFieldId Argument;
extern const TSFieldId Body;
extern const TSFieldId Condition;
extern const TSFieldId Left;
extern const TSFieldId Name;
extern const TSFieldId Operator;
extern const TSFieldId Right;
extern const TSFieldId Value;
extern const TSFieldId Variable;

} // namespace blastradius::shell::field

#endif
