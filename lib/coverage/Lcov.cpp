// LCOV tracefiles. The format is line based: a record per source file from SF: to end_of_record.
// geninfo (gcov), `llvm-cov export -format=lcov`, coverage.py's `coverage lcov` and kcov all write
// it; lcov 2.x adds FNL/FNA function records and 'e'-prefixed exception branch blocks.
#include "coverage/CoverageFormats.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace blastradius::coverage {

namespace {

std::optional<uint64_t> number(std::string_view Text) {
  uint64_t Value = 0;
  if (Text.empty())
    return std::nullopt;
  auto [End, Ec] = std::from_chars(Text.data(), Text.data() + Text.size(), Value);
  if (Ec == std::errc::result_out_of_range)
    return UINT64_MAX; // a saturated counter is still "ran"
  if (Ec != std::errc() || End != Text.data() + Text.size())
    return std::nullopt;
  return Value;
}

std::optional<unsigned> lineNumber(std::string_view Text) {
  std::optional<uint64_t> Value = number(Text);
  if (!Value || *Value == 0 || *Value > 100000000)
    return std::nullopt;
  return static_cast<unsigned>(*Value);
}

/// Splits at the first Count-1 commas: a function name may itself hold commas (C++ templates).
std::vector<std::string_view> fields(std::string_view Text, size_t Count) {
  std::vector<std::string_view> Out;
  while (Out.size() + 1 < Count) {
    size_t Comma = Text.find(',');
    if (Comma == std::string_view::npos)
      break;
    Out.push_back(Text.substr(0, Comma));
    Text.remove_prefix(Comma + 1);
  }
  Out.push_back(Text);
  return Out;
}

class LcovParser {
public:
  explicit LcovParser(ParsedCoverage &Out) : Out(Out) {}

  void parse(std::string_view Text) {
    unsigned LineNo = 0;
    while (!Text.empty()) {
      size_t End = Text.find('\n');
      std::string_view Line = Text.substr(0, End);
      Text.remove_prefix(End == std::string_view::npos ? Text.size() : End + 1);
      ++LineNo;
      if (!Line.empty() && Line.back() == '\r')
        Line.remove_suffix(1);
      size_t First = Line.find_first_not_of(" \t");
      if (First == std::string_view::npos)
        continue;
      Line.remove_prefix(First);
      if (Line == "end_of_record") {
        if (!Current)
          Out.problem(LineNo, "end_of_record without a preceding SF: record");
        close();
        continue;
      }
      size_t Colon = Line.find(':');
      if (Colon == std::string_view::npos) {
        Out.problem(LineNo, "not an LCOV record: '" + std::string(Line.substr(0, 60)) + "'");
        continue;
      }
      record(LineNo, Line.substr(0, Colon), Line.substr(Colon + 1));
    }
    if (Current) {
      Out.problem(LineNo, "truncated: the record of '" + Current->Path + "' (line " + std::to_string(Current->Line) +
                              ") has no end_of_record");
      close();
    }
  }

private:
  void record(unsigned LineNo, std::string_view Key, std::string_view Value) {
    if (Key == "SF") {
      if (Current) {
        Out.problem(LineNo, "SF: inside the record of '" + Current->Path + "' (no end_of_record before it)");
        close();
      }
      if (Value.empty()) {
        Out.problem(LineNo, "SF: without a path");
        return;
      }
      Current.emplace();
      Current->Path = std::string(Value);
      Current->Line = LineNo;
      return;
    }
    if (Key == "TN" || Key == "VER" || Key == "LF" || Key == "LH" || Key == "BRF" || Key == "BRH" || Key == "FNF" ||
        Key == "FNH")
      return; // names and summaries: recomputed from the data when needed
    bool Known = Key == "DA" || Key == "BRDA" || Key == "FN" || Key == "FNDA" || Key == "FNL" || Key == "FNA";
    if (!Known)
      return; // lcov ignores what it does not know, and so do we (newer versions add keys)
    if (!Current) {
      Out.problem(LineNo, std::string(Key) + ": outside a record (no SF: before it)");
      return;
    }
    bool Ok = Key == "DA"     ? lineData(Value)
              : Key == "BRDA" ? branchData(Value)
              : Key == "FN"   ? function(Value)
              : Key == "FNDA" ? functionHits(Value)
              : Key == "FNL"  ? functionLocation(Value)
                              : functionAlias(Value);
    if (!Ok)
      Out.problem(LineNo, "malformed " + std::string(Key) + ": record '" + std::string(Key) + ":" +
                              std::string(Value.substr(0, 60)) + "'");
  }

  // DA:<line>,<count>[,<checksum>]
  bool lineData(std::string_view Value) {
    std::vector<std::string_view> F = fields(Value, 3);
    std::optional<unsigned> Line = F.size() >= 2 ? lineNumber(F[0]) : std::nullopt;
    std::optional<uint64_t> Hits = F.size() >= 2 ? number(F[1]) : std::nullopt;
    if (!Line || !Hits)
      return false;
    uint64_t &Into = Current->Data.Lines[*Line];
    Into = Into > UINT64_MAX - *Hits ? UINT64_MAX : Into + *Hits;
    return true;
  }

  // BRDA:<line>,[e]<block>,<branch>,<taken|->
  bool branchData(std::string_view Value) {
    std::vector<std::string_view> F = fields(Value, 4);
    if (F.size() != 4)
      return false;
    // coverage.py 6 writes line 0 for a branch that leaves the module: no line to attach it to.
    if (F[0] == "0")
      return true;
    std::optional<unsigned> Line = lineNumber(F[0]);
    std::string_view BlockText = F[1];
    if (!BlockText.empty() && BlockText[0] == 'e')
      BlockText.remove_prefix(1);
    std::optional<uint64_t> Block = number(BlockText);
    // lcov 2.x allows an expression as the branch name: numbered by order of appearance instead.
    std::optional<uint64_t> Branch = number(F[2]);
    if (!Branch && !F[2].empty())
      Branch = BranchNames.emplace(std::string(F[2]), BranchNames.size()).first->second;
    std::optional<uint64_t> Taken = F[3] == "-" ? std::optional<uint64_t>() : number(F[3]);
    if (!Line || !Block || !Branch || (F[3] != "-" && !Taken))
      return false;
    BranchRecord B;
    B.Line = *Line;
    B.Block = static_cast<unsigned>(std::min<uint64_t>(*Block, UINT32_MAX));
    B.Branch = static_cast<unsigned>(std::min<uint64_t>(*Branch, UINT32_MAX));
    B.Taken = Taken;
    Current->Data.Branches.push_back(B);
    return true;
  }

  // FN:<line>[,<end line>],<name>
  bool function(std::string_view Value) {
    std::vector<std::string_view> F = fields(Value, 3);
    if (F.size() < 2)
      return false;
    std::optional<unsigned> Start = lineNumber(F[0]);
    std::optional<unsigned> EndLine = F.size() == 3 ? lineNumber(F[1]) : std::nullopt;
    std::string_view Name = F.size() == 3 && EndLine ? F[2] : Value.substr(F[0].size() + 1);
    if (!Start || Name.empty())
      return false;
    FunctionRecord &Fn = functionNamed(std::string(Name));
    Fn.StartLine = *Start;
    Fn.EndLine = EndLine.value_or(0);
    return true;
  }

  // FNDA:<count>,<name>
  bool functionHits(std::string_view Value) {
    std::vector<std::string_view> F = fields(Value, 2);
    std::optional<uint64_t> Hits = F.size() == 2 ? number(F[0]) : std::nullopt;
    if (!Hits || F[1].empty())
      return false;
    functionNamed(std::string(F[1])).Hits += *Hits;
    return true;
  }

  // FNL:<index>,<line>[,<end line>] (lcov 2.2)
  bool functionLocation(std::string_view Value) {
    std::vector<std::string_view> F = fields(Value, 3);
    std::optional<uint64_t> Index = number(F[0]);
    std::optional<unsigned> Start = F.size() >= 2 ? lineNumber(F[1]) : std::nullopt;
    if (!Index || !Start)
      return false;
    Located[*Index] = {*Start, F.size() == 3 ? lineNumber(F[2]).value_or(0) : 0u};
    return true;
  }

  // FNA:<index>,<count>,<name> (lcov 2.2)
  bool functionAlias(std::string_view Value) {
    std::vector<std::string_view> F = fields(Value, 3);
    if (F.size() != 3)
      return false;
    std::optional<uint64_t> Index = number(F[0]), Hits = number(F[1]);
    auto Where = Index ? Located.find(*Index) : Located.end();
    if (!Hits || Where == Located.end() || F[2].empty())
      return false;
    FunctionRecord &Fn = functionNamed(std::string(F[2]));
    Fn.StartLine = Where->second.first;
    Fn.EndLine = Where->second.second;
    Fn.Hits += *Hits;
    return true;
  }

  FunctionRecord &functionNamed(const std::string &Name) {
    auto [It, New] = FunctionIndex.emplace(Name, Current->Data.Functions.size());
    if (New) {
      Current->Data.Functions.emplace_back();
      Current->Data.Functions.back().Name = Name;
    }
    return Current->Data.Functions[It->second];
  }

  void close() {
    if (Current) {
      // FNDA for a function without FN has no line to be looked up by.
      auto &Fns = Current->Data.Functions;
      Fns.erase(std::remove_if(Fns.begin(), Fns.end(), [](const FunctionRecord &F) { return F.StartLine == 0; }),
                Fns.end());
      Current->Data.finish();
      Out.Records.push_back(std::move(*Current));
    }
    Current.reset();
    FunctionIndex.clear();
    Located.clear();
    BranchNames.clear();
  }

  ParsedCoverage &Out;
  std::optional<FileRecord> Current;
  std::map<std::string, size_t> FunctionIndex;
  std::map<uint64_t, std::pair<unsigned, unsigned>> Located;
  std::map<std::string, uint64_t> BranchNames;
};

} // namespace

void parseLcov(std::string_view Text, ParsedCoverage &Out) {
  Out.Format = "lcov";
  LcovParser(Out).parse(Text);
}

} // namespace blastradius::coverage
