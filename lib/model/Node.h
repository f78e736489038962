// One located value tree for every structured syntax (YAML, JSON, HCL expressions), so that a
// concern such as an IAM policy is judged once, whatever syntax it arrived in. Every node keeps the
// byte range it came from in the host file, so findings point at the offending element.
#ifndef BLASTRADIUS_MODEL_NODE_H
#define BLASTRADIUS_MODEL_NODE_H

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::model {

enum class NodeKind {
  Null,
  Bool,
  Number,
  String,
  Sequence,
  Mapping,
  /// Not a literal: an HCL reference (`var.x`), a function call other than jsonencode, a YAML alias
  /// that could not be resolved. Value holds its source text; Tag the function's name; Items its
  /// arguments where they convert.
  Expression,
};

/// How a scalar was written; embedded code needs it to map the decoded text back to the host.
enum class ScalarStyle { None, Plain, SingleQuoted, DoubleQuoted, Literal, Folded, HclQuoted, HclHeredoc };

struct MapEntry;

struct Node {
  NodeKind Kind = NodeKind::Null;
  /// Scalars: the decoded value ("true", "42", a string's content). Expression: its source text.
  std::string Value;
  /// The YAML tag as written ("!Sub", "!Ref", "!!str"), or the HCL function name of an Expression.
  std::string Tag;
  ScalarStyle Style = ScalarStyle::None;
  /// A string that holds `${...}` interpolations (HCL templates): Value keeps them verbatim.
  bool Interpolated = false;
  /// The whole node in the host, tag and quotes included.
  uint32_t Begin = 0, End = 0;
  /// A scalar's content in the host: inside the quotes, after a block scalar's header line, between
  /// a heredoc's markers. Equal to Begin/End for other nodes.
  uint32_t ContentBegin = 0, ContentEnd = 0;
  /// Sequence items, or an Expression's converted arguments.
  std::vector<Node> Items;
  /// Mapping entries in source order (duplicates kept: the first wins in get()).
  std::vector<MapEntry> Entries;

  bool isNull() const { return Kind == NodeKind::Null; }
  bool isString() const { return Kind == NodeKind::String; }
  bool isMapping() const { return Kind == NodeKind::Mapping; }
  bool isSequence() const { return Kind == NodeKind::Sequence; }
  bool isScalar() const {
    return Kind == NodeKind::Bool || Kind == NodeKind::Number || Kind == NodeKind::String || Kind == NodeKind::Null;
  }
  /// A literal scalar (no tag such as !Ref, no interpolation) equal to Text.
  bool isLiteral(std::string_view Text) const;
  /// A literal true/false, written as a boolean or as the string "true"/"false" (any case), as
  /// CloudFormation and many YAML authors do.
  bool isTrue() const;
  bool isFalse() const;
  /// The value of the first entry whose key is the literal Key, or nullptr (also for non-mappings).
  const Node *get(std::string_view Key) const;
  const MapEntry *entry(std::string_view Key) const;
  /// Items of a sequence, the node itself for anything else (IAM's "Action": "x" or ["x", "y"]),
  /// nothing for Null.
  std::vector<const Node *> asList() const;
};

struct MapEntry {
  Node Key;
  Node Value;
};

/// The value at a path of mapping keys ({"spec", "prune"}: spec.prune), or nullptr when N is null or
/// a key is missing on the way.
const Node *lookupPath(const Node *N, std::initializer_list<const char *> Keys);

} // namespace blastradius::model

#endif
