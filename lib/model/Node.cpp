#include "model/Node.h"

#include <algorithm>
#include <cctype>

namespace blastradius::model {

namespace {

bool equalsIgnoringCase(std::string_view A, std::string_view B) {
  return A.size() == B.size() && std::equal(A.begin(), A.end(), B.begin(), [](char X, char Y) {
           return std::tolower(static_cast<unsigned char>(X)) == std::tolower(static_cast<unsigned char>(Y));
         });
}

/// A scalar whose value means what it says: no tag that turns it into a reference or function
/// (`!Ref`, `!Sub`), no interpolation. YAML's core tags (`!!str`, `!!bool`) keep it literal.
bool isPlainLiteral(const Node &N) {
  return N.isScalar() && !N.Interpolated && (N.Tag.empty() || N.Tag.rfind("!!", 0) == 0);
}

} // namespace

bool Node::isLiteral(std::string_view Text) const { return isPlainLiteral(*this) && Value == Text; }

bool Node::isTrue() const {
  return isPlainLiteral(*this) && (Kind == NodeKind::Bool || Kind == NodeKind::String) &&
         equalsIgnoringCase(Value, "true");
}

bool Node::isFalse() const {
  return isPlainLiteral(*this) && (Kind == NodeKind::Bool || Kind == NodeKind::String) &&
         equalsIgnoringCase(Value, "false");
}

const MapEntry *Node::entry(std::string_view Key) const {
  if (Kind != NodeKind::Mapping)
    return nullptr;
  for (const MapEntry &E : Entries)
    if (E.Key.isScalar() && E.Key.Value == Key)
      return &E;
  return nullptr;
}

const Node *Node::get(std::string_view Key) const {
  const MapEntry *E = entry(Key);
  return E ? &E->Value : nullptr;
}

std::vector<const Node *> Node::asList() const {
  std::vector<const Node *> List;
  if (Kind == NodeKind::Sequence) {
    for (const Node &Item : Items)
      List.push_back(&Item);
  } else if (Kind != NodeKind::Null) {
    List.push_back(this);
  }
  return List;
}

const Node *lookupPath(const Node *N, std::initializer_list<const char *> Keys) {
  for (const char *Key : Keys) {
    if (!N)
      return nullptr;
    N = N->get(Key);
  }
  return N;
}

} // namespace blastradius::model
