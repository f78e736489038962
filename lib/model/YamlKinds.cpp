// The YAML node kinds of YamlKinds.h, resolved at start-up.
#include "model/YamlKinds.h"

extern "C" const TSLanguage *tree_sitter_yaml(void);

namespace blastradius::model::yamlkind {

const SyntaxKind Alias(tree_sitter_yaml(), "alias");
const SyntaxKind Anchor(tree_sitter_yaml(), "anchor");
const SyntaxKind BlockMapping(tree_sitter_yaml(), "block_mapping");
const SyntaxKind BlockMappingPair(tree_sitter_yaml(), "block_mapping_pair");
const SyntaxKind BlockNode(tree_sitter_yaml(), "block_node");
const SyntaxKind BlockScalar(tree_sitter_yaml(), "block_scalar");
const SyntaxKind BlockSequence(tree_sitter_yaml(), "block_sequence");
const SyntaxKind BlockSequenceItem(tree_sitter_yaml(), "block_sequence_item");
const SyntaxKind BooleanScalar(tree_sitter_yaml(), "boolean_scalar");
const SyntaxKind Comment(tree_sitter_yaml(), "comment");
const SyntaxKind Document(tree_sitter_yaml(), "document");
const SyntaxKind DoubleQuoteScalar(tree_sitter_yaml(), "double_quote_scalar");
const SyntaxKind FloatScalar(tree_sitter_yaml(), "float_scalar");
const SyntaxKind FlowMapping(tree_sitter_yaml(), "flow_mapping");
const SyntaxKind FlowNode(tree_sitter_yaml(), "flow_node");
const SyntaxKind FlowPair(tree_sitter_yaml(), "flow_pair");
const SyntaxKind FlowSequence(tree_sitter_yaml(), "flow_sequence");
const SyntaxKind IntegerScalar(tree_sitter_yaml(), "integer_scalar");
const SyntaxKind NullScalar(tree_sitter_yaml(), "null_scalar");
const SyntaxKind PlainScalar(tree_sitter_yaml(), "plain_scalar");
const SyntaxKind SingleQuoteScalar(tree_sitter_yaml(), "single_quote_scalar");
const SyntaxKind Tag(tree_sitter_yaml(), "tag");

} // namespace blastradius::model::yamlkind
