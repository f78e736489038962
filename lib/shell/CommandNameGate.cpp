// The name word read without decoding the command line (see CommandNameGate.h for why).
#include "shell/CommandNameGate.h"

#include "model/TreeSitterUtil.h"
#include "shell/BashFields.h"
#include "shell/BashKinds.h"
#include "shell/CommandData.h"

namespace blastradius::shell {

std::optional<std::string_view> plainCommandName(TSNode Command, std::string_view Text) {
  // The same node as commandWords reads: the command_name's first named child, or itself.
  TSNode Name = model::childByField(Command, field::Name);
  if (ts_node_is_null(Name))
    return std::nullopt;
  if (ts_node_named_child_count(Name))
    Name = ts_node_named_child(Name, 0);
  // A word node is literal as written, apart from backslashes (`\rm` runs rm): those take the
  // full read.
  if (!model::isKind(Name, kind::Word))
    return std::nullopt;
  std::string_view Word = model::nodeText(Name, Text);
  if (Word.find('\\') != std::string_view::npos)
    return std::nullopt;
  size_t Slash = Word.rfind('/');
  return Slash == std::string_view::npos ? Word : Word.substr(Slash + 1);
}

bool isWrapperName(std::string_view Name) {
  if (Name == "eval")
    return true;
  for (const Wrapper &W : wrappers())
    if (W.Name == Name)
      return true;
  return false;
}

} // namespace blastradius::shell
