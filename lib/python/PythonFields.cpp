// The python field ids of PythonFields.h, resolved at start-up.
#include "python/PythonFields.h"

#include <cstring>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace blastradius::python::fields {

namespace {
TSFieldId resolve(const char *Name) {
  return ts_language_field_id_for_name(tree_sitter_python(), Name, static_cast<uint32_t>(std::strlen(Name)));
}
} // namespace

const TSFieldId Alias = resolve("alias");
const TSFieldId Arguments = resolve("arguments");
const TSFieldId Attribute = resolve("attribute");
const TSFieldId Body = resolve("body");
const TSFieldId Condition = resolve("condition");
const TSFieldId Consequence = resolve("consequence");
const TSFieldId Expression = resolve("expression");
const TSFieldId Function = resolve("function");
const TSFieldId Left = resolve("left");
const TSFieldId ModuleName = resolve("module_name");
const TSFieldId Name = resolve("name");
const TSFieldId Object = resolve("object");
const TSFieldId Parameters = resolve("parameters");
const TSFieldId Right = resolve("right");
const TSFieldId Value = resolve("value");

} // namespace blastradius::python::fields
