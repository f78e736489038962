// YAML (tree-sitter-yaml) as model::Node trees: one per document of a multi-document stream.
// Tags are kept on the node (CloudFormation's `!Sub`, `!Ref`), anchors are resolved for aliases
// that refer to an earlier anchor of the same document, and scalars are decoded per YAML 1.2.
#ifndef BLASTRADIUS_MODEL_YAML_H
#define BLASTRADIUS_MODEL_YAML_H

#include "EmbeddedCode.h"
#include "model/Node.h"

#include <optional>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius::model {

/// The documents of the stream, in order (an empty document is a Null node).
std::vector<Node> convertYaml(TSNode Root, std::string_view Text);

/// convertYaml, except that when the tree has a syntax error every document is parsed again on its
/// own (YamlRecovery.cpp), so one broken document does not hide the intact ones around it.
std::vector<Node> convertYamlRecovering(TSNode Root, std::string_view Text);

/// The decoded text of a string scalar with, for every byte, its offset in Host: block scalars
/// (`|`, `>`, chomping and indentation indicators), plain multi-line scalars, single- and
/// double-quoted scalars with escapes. nullopt for non-strings.
std::optional<EmbeddedSnippet> scalarSnippet(std::string_view Host, const Node &Scalar);

} // namespace blastradius::model

#endif
