#include "model/RegionParse.h"

#include "AnalysisLimits.h"

#include <algorithm>
#include <map>

namespace blastradius::model {

TreePtr parseRegion(Grammar G, std::string_view Host, uint32_t Begin, uint32_t End) {
  End = std::min<uint32_t>(End, static_cast<uint32_t>(Host.size()));
  if (Begin >= End)
    return nullptr;
  struct ParserDeleter {
    void operator()(TSParser *P) const { ts_parser_delete(P); }
  };
  // One parser per thread and grammar, reused: regions are small and many (every heredoc of a
  // Terraform tree).
  thread_local std::map<Grammar, std::unique_ptr<TSParser, ParserDeleter>> Parsers;
  auto &Parser = Parsers[G];
  if (!Parser) {
    Parser.reset(ts_parser_new());
    ts_parser_set_language(Parser.get(), treeSitterLanguage(G));
    ts_parser_set_timeout_micros(Parser.get(), parseTimeoutMicros());
  }
  TSRange Range{};
  Range.start_byte = Begin;
  Range.end_byte = End;
  // Points only feed tree-sitter's row/column bookkeeping (column 0 keeps an indentation-aware
  // scanner right at a line start); byte offsets are what the converters read.
  Range.start_point = {0, 0};
  Range.end_point = {UINT32_MAX, UINT32_MAX};
  ts_parser_set_included_ranges(Parser.get(), &Range, 1);
  TreePtr Tree(ts_parser_parse_string(Parser.get(), nullptr, Host.data(), static_cast<uint32_t>(Host.size())));
  ts_parser_set_included_ranges(Parser.get(), nullptr, 0);
  if (!Tree) {
    ts_parser_reset(Parser.get()); // the next parse must not resume this one
    noteAnalysisLimit("the parse of an embedded region ran past its time budget: that region was not analysed");
  }
  return Tree;
}

} // namespace blastradius::model
