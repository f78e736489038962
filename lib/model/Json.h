// JSON (tree-sitter-json) as a model::Node tree.
#ifndef BLASTRADIUS_MODEL_JSON_H
#define BLASTRADIUS_MODEL_JSON_H

#include "model/Node.h"

#include <optional>
#include <string_view>

#include <tree_sitter/api.h>

namespace blastradius::model {

/// The top-level value of a tree-sitter-json tree (nullopt when the document holds none).
std::optional<Node> convertJson(TSNode Root, std::string_view Text);

/// Parses the JSON found at Host[Begin, End) (a heredoc body, a file read from the repository)
/// with this thread's JSON parser; node offsets are offsets in Host. nullopt when it holds no
/// JSON value. SyntaxError is set when the parser had to recover.
std::optional<Node> parseJsonRegion(std::string_view Host, uint32_t Begin, uint32_t End, bool *SyntaxError = nullptr);

} // namespace blastradius::model

#endif
