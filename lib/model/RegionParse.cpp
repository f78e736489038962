#include "model/RegionParse.h"

#include "AnalysisLimits.h"

#include <algorithm>
#include <map>

namespace blastradius::model {

namespace {

struct ParserDeleter {
  void operator()(TSParser *P) const { ts_parser_delete(P); }
};

/// One parser per thread and grammar, reused: regions are small and many (every heredoc of a
/// Terraform tree).
TSParser *parserFor(Grammar G) {
  thread_local std::map<Grammar, std::unique_ptr<TSParser, ParserDeleter>> Parsers;
  auto &Parser = Parsers[G];
  if (!Parser) {
    Parser.reset(ts_parser_new());
    ts_parser_set_language(Parser.get(), treeSitterLanguage(G));
    ts_parser_set_timeout_micros(Parser.get(), parseTimeoutMicros());
  }
  return Parser.get();
}

/// The row and column of byte At of Text (tree-sitter's points: columns in bytes).
TSPoint pointAt(std::string_view Text, size_t At) {
  TSPoint P{0, 0};
  size_t LineStart = 0;
  for (size_t I = 0; I < At; ++I)
    if (Text[I] == '\n') {
      ++P.row;
      LineStart = I + 1;
    }
  P.column = static_cast<uint32_t>(At - LineStart);
  return P;
}

} // namespace

TreePtr reparseWhole(Grammar G, const TSTree *Old, std::string_view OldText, std::string_view Text) {
  if (!Old || Text.empty())
    return parseRegion(G, Text, 0, static_cast<uint32_t>(Text.size()));
  if (OldText == Text)
    return TreePtr(ts_tree_copy(Old));
  // The one span that differs: the common prefix and suffix are reused as they are.
  size_t Prefix = 0, Limit = std::min(OldText.size(), Text.size());
  while (Prefix < Limit && OldText[Prefix] == Text[Prefix])
    ++Prefix;
  size_t Suffix = 0;
  while (Suffix < Limit - Prefix && OldText[OldText.size() - 1 - Suffix] == Text[Text.size() - 1 - Suffix])
    ++Suffix;
  TreePtr Edited(ts_tree_copy(Old));
  TSInputEdit Edit{};
  Edit.start_byte = static_cast<uint32_t>(Prefix);
  Edit.old_end_byte = static_cast<uint32_t>(OldText.size() - Suffix);
  Edit.new_end_byte = static_cast<uint32_t>(Text.size() - Suffix);
  Edit.start_point = pointAt(Text, Edit.start_byte);
  Edit.old_end_point = pointAt(OldText, Edit.old_end_byte);
  Edit.new_end_point = pointAt(Text, Edit.new_end_byte);
  ts_tree_edit(Edited.get(), &Edit);
  TSParser *Parser = parserFor(G);
  TSRange Range{};
  Range.start_byte = 0;
  Range.end_byte = static_cast<uint32_t>(Text.size());
  Range.start_point = {0, 0};
  Range.end_point = {UINT32_MAX, UINT32_MAX};
  ts_parser_set_included_ranges(Parser, &Range, 1);
  TreePtr Tree(ts_parser_parse_string(Parser, Edited.get(), Text.data(), static_cast<uint32_t>(Text.size())));
  ts_parser_set_included_ranges(Parser, nullptr, 0);
  if (!Tree)
    ts_parser_reset(Parser); // the caller reports the file; the next parse must not resume this one
  return Tree;
}

TreePtr parseRegion(Grammar G, std::string_view Host, uint32_t Begin, uint32_t End) {
  End = std::min<uint32_t>(End, static_cast<uint32_t>(Host.size()));
  if (Begin >= End)
    return nullptr;
  TSParser *Parser = parserFor(G);
  TSRange Range{};
  Range.start_byte = Begin;
  Range.end_byte = End;
  // Points only feed tree-sitter's row/column bookkeeping (column 0 keeps an indentation-aware
  // scanner right at a line start); byte offsets are what the converters read.
  Range.start_point = {0, 0};
  Range.end_point = {UINT32_MAX, UINT32_MAX};
  ts_parser_set_included_ranges(Parser, &Range, 1);
  TreePtr Tree(ts_parser_parse_string(Parser, nullptr, Host.data(), static_cast<uint32_t>(Host.size())));
  ts_parser_set_included_ranges(Parser, nullptr, 0);
  if (!Tree) {
    ts_parser_reset(Parser); // the next parse must not resume this one
    noteAnalysisLimit("the parse of an embedded region ran past its time budget: that region was not analysed");
  }
  return Tree;
}

} // namespace blastradius::model
