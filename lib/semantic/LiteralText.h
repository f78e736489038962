// The literal text of a scalar: what a value *is* when the file says it plainly. A tagged value
// (CloudFormation's `!Ref`, `!If`), an interpolated string or an HCL expression is not a literal,
// so rules that need to know a value stay silent on it rather than guess.
#ifndef BLASTRADIUS_SEMANTIC_LITERALTEXT_H
#define BLASTRADIUS_SEMANTIC_LITERALTEXT_H

#include "model/Node.h"

#include <optional>
#include <string_view>

namespace blastradius {

/// The value of a literal string, boolean or number (no tag other than YAML's own `!!str`/`!!bool`,
/// no interpolation), or nullopt.
inline std::optional<std::string_view> literalText(const model::Node *N) {
  if (!N || N->Interpolated)
    return std::nullopt;
  if (N->Kind != model::NodeKind::String && N->Kind != model::NodeKind::Bool && N->Kind != model::NodeKind::Number)
    return std::nullopt;
  if (!N->Tag.empty() && N->Tag.rfind("!!", 0) != 0)
    return std::nullopt;
  return std::string_view(N->Value);
}

/// Whether N exists and is a literal whose text is exactly Text (Node::isLiteral for a maybe-null node).
inline bool isLiteralText(const model::Node *N, std::string_view Text) { return N && N->isLiteral(Text); }

} // namespace blastradius

#endif
