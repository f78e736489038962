// Parsing one region of a host text (a heredoc body, one document of a broken YAML stream) with
// this thread's parser for a grammar. Included ranges keep the host's byte offsets, so every node
// of the tree points into the host file as it is.
#ifndef BLASTRADIUS_MODEL_REGIONPARSE_H
#define BLASTRADIUS_MODEL_REGIONPARSE_H

#include "Languages.h"

#include <cstdint>
#include <memory>
#include <string_view>

#include <tree_sitter/api.h>

namespace blastradius::model {

struct TreeDeleter {
  void operator()(TSTree *T) const { ts_tree_delete(T); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

/// The tree of Host[Begin, End) in grammar G, or null when the parser gives up or the region is
/// empty. Regions should start a line: the first byte is treated as column 0.
TreePtr parseRegion(Grammar G, std::string_view Host, uint32_t Begin, uint32_t End);

/// The tree of the whole of Text in grammar G, reusing Old (the tree of the whole of OldText, the
/// same file before a change) for everything outside the one span where the two texts differ: the
/// other side of a small change costs about the change, not the file.
TreePtr reparseWhole(Grammar G, const TSTree *Old, std::string_view OldText, std::string_view Text);

} // namespace blastradius::model

#endif
