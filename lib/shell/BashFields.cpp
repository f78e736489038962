// The bash field ids of BashFields.h, resolved at start-up.
#include "shell/BashFields.h"

#include <cstring>

extern "C" const TSLanguage *tree_sitter_bash(void);

namespace blastradius::shell::field {

namespace {
TSFieldId resolve(const char *Name) {
  return ts_language_field_id_for_name(tree_sitter_bash(), Name, static_cast<uint32_t>(std::strlen(Name)));
}
} // namespace

const TSFieldId Argument = resolve("argument");
const TSFieldId Body = resolve("body");
const TSFieldId Condition = resolve("condition");
const TSFieldId Left = resolve("left");
const TSFieldId Name = resolve("name");
const TSFieldId Operator = resolve("operator");
const TSFieldId Right = resolve("right");
const TSFieldId Value = resolve("value");
const TSFieldId Variable = resolve("variable");

} // namespace blastradius::shell::field
