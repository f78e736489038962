// The python grammar's field names that the Python analysers read, resolved once to field ids (as
// shell/BashFields.h does for bash): python::field(N, Name) looked each name up with strncmp over the
// grammar's field names on every call, about 5 % of a Python scan.
#ifndef BLASTRADIUS_PYTHON_PYTHONFIELDS_H
#define BLASTRADIUS_PYTHON_PYTHONFIELDS_H

#include <tree_sitter/api.h>

namespace blastradius::python::fields {

extern const TSFieldId Alias;
extern const TSFieldId Arguments;
extern const TSFieldId Attribute;
extern const TSFieldId Body;
extern const TSFieldId Condition;
extern const TSFieldId Consequence;
extern const TSFieldId Expression;
extern const TSFieldId Function;
extern const TSFieldId Left;
extern const TSFieldId ModuleName;
extern const TSFieldId Name;
extern const TSFieldId Object;
extern const TSFieldId Parameters;
extern const TSFieldId Right;
extern const TSFieldId Value;

} // namespace blastradius::python::fields

#endif
