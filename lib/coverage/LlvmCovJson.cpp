// `llvm-cov export` JSON (export format 2.x, LLVM 7 and later). Line hits are derived from the
// region segments exactly as llvm-cov's own line view does (LineCoverageStats in
// llvm/lib/ProfileData/Coverage/CoverageMapping.cpp), so that `llvm-cov show` and blastradius agree:
//
//  - The segments of a file are sorted by (line, column). A line's "line segments" are those that
//    start on it; its "wrapped segment" is the last segment of the closest earlier line that has
//    segments (the region still open when the line begins).
//  - A segment "starts a region" when it has a count, is a region entry and is not a gap region.
//  - The line is not instrumented when its first segment is a region entry without a count (the
//    start of a skipped region, e.g. code under #if 0), or when neither the wrapped segment has a
//    count nor any segment of the line starts a region (nor is a counted region entry).
//  - Otherwise its count is the wrapped segment's count, or, when regions start on the line, the
//    maximum of that and the counts of those regions.
//
// Lines are walked from the first segment's line to the last one's, as llvm-cov does.
#include "coverage/CoverageFormats.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace blastradius::coverage {

namespace {

using nlohmann::json;

struct Segment {
  unsigned Line = 0, Column = 0;
  uint64_t Count = 0;
  bool HasCount = false, IsRegionEntry = false, IsGapRegion = false;
};

std::optional<uint64_t> unsignedValue(const json &V) {
  if (V.is_number_unsigned())
    return V.get<uint64_t>();
  if (V.is_number_integer() && V.get<int64_t>() >= 0)
    return static_cast<uint64_t>(V.get<int64_t>());
  if (V.is_number_float() && V.get<double>() >= 0) // llvm-cov writes integers, but be lenient
    return V.get<double>() >= 1.8e19 ? UINT64_MAX : static_cast<uint64_t>(V.get<double>());
  return std::nullopt;
}

std::optional<unsigned> lineValue(const json &V) {
  std::optional<uint64_t> L = unsignedValue(V);
  if (!L || *L > 100000000)
    return std::nullopt;
  return static_cast<unsigned>(*L);
}

bool flag(const json &V) { return V.is_boolean() ? V.get<bool>() : V.is_number() && unsignedValue(V).value_or(0) != 0; }

bool segment(const json &V, Segment &S) {
  if (!V.is_array() || V.size() < 5)
    return false;
  std::optional<unsigned> Line = lineValue(V[0]), Column = lineValue(V[1]);
  std::optional<uint64_t> Count = unsignedValue(V[2]);
  if (!Line || !Column || !Count)
    return false;
  S.Line = *Line;
  S.Column = *Column;
  S.Count = *Count;
  S.HasCount = flag(V[3]);
  S.IsRegionEntry = flag(V[4]);
  S.IsGapRegion = V.size() > 5 && flag(V[5]);
  return true;
}

/// llvm-cov's LineCoverageStats, for every line from the first segment to the last.
void lineHits(const std::vector<Segment> &Segments, std::map<unsigned, uint64_t> &Lines) {
  const Segment *Wrapped = nullptr;
  size_t Next = 0;
  if (Segments.empty())
    return;
  for (unsigned Line = Segments.front().Line; Next < Segments.size(); ++Line) {
    size_t First = Next;
    while (Next < Segments.size() && Segments[Next].Line == Line)
      ++Next;
    auto StartsRegion = [](const Segment &S) { return !S.IsGapRegion && S.HasCount && S.IsRegionEntry; };
    unsigned RegionsStarting = 0;
    bool CountedEntry = false;
    for (size_t I = First; I < Next; ++I) {
      RegionsStarting += StartsRegion(Segments[I]) ? 1 : 0;
      CountedEntry = CountedEntry || (Segments[I].IsRegionEntry && Segments[I].HasCount);
    }
    bool StartOfSkipped = First < Next && !Segments[First].HasCount && Segments[First].IsRegionEntry;
    bool Mapped = (!StartOfSkipped && ((Wrapped && Wrapped->HasCount) || RegionsStarting > 0)) || CountedEntry;
    if (Mapped) {
      uint64_t Count = Wrapped ? Wrapped->Count : 0;
      for (size_t I = First; I < Next; ++I)
        if (StartsRegion(Segments[I]))
          Count = std::max(Count, Segments[I].Count);
      Lines[Line] = Count;
    }
    if (Next > First)
      Wrapped = &Segments[Next - 1];
  }
}

class JsonReader {
public:
  explicit JsonReader(ParsedCoverage &Out) : Out(Out) {}

  void read(const json &Root) {
    if (!Root.is_object() || !Root.contains("data") || !Root["data"].is_array()) {
      Out.problem(1, "JSON is not an `llvm-cov export` report (no \"data\" array; \"type\" should be "
                     "\"llvm.coverage.json.export\")");
      return;
    }
    if (Root.contains("type") && Root["type"] != "llvm.coverage.json.export")
      Out.problem(1, "JSON \"type\" is not \"llvm.coverage.json.export\"; reading it as one");
    const json &Data = Root["data"];
    for (size_t D = 0; D < Data.size(); ++D) {
      std::string Where = "data[" + std::to_string(D) + "]";
      const json &Export = Data[D];
      if (!Export.is_object() || !Export.contains("files") || !Export["files"].is_array()) {
        Out.problem(1, Where + " has no \"files\" array");
        continue;
      }
      std::map<std::string, size_t> ByName;
      const json &Files = Export["files"];
      for (size_t F = 0; F < Files.size(); ++F)
        file(Files[F], Where + ".files[" + std::to_string(F) + "]", ByName);
      if (Export.contains("functions") && Export["functions"].is_array())
        functions(Export["functions"], Where, ByName);
    }
    for (FileRecord &R : Out.Records)
      R.Data.finish();
  }

private:
  void file(const json &F, const std::string &Where, std::map<std::string, size_t> &ByName) {
    if (!F.is_object() || !F.contains("filename") || !F["filename"].is_string() || F["filename"].get_ref<const std::string &>().empty()) {
      Out.problem(1, Where + " has no \"filename\"");
      return;
    }
    FileRecord R;
    R.Path = F["filename"].get<std::string>();
    std::vector<Segment> Segments;
    if (F.contains("segments")) {
      const json &List = F["segments"];
      if (!List.is_array()) {
        Out.problem(1, Where + ".segments is not an array");
        return;
      }
      for (size_t I = 0; I < List.size(); ++I) {
        Segment S;
        if (!segment(List[I], S)) {
          Out.problem(1, Where + ".segments[" + std::to_string(I) +
                             "] is not [line, column, count, hasCount, isRegionEntry, isGapRegion]");
          return;
        }
        Segments.push_back(S);
      }
    }
    // llvm-cov writes them sorted; a hand-made file may not be, and the walk needs the order.
    std::stable_sort(Segments.begin(), Segments.end(), [](const Segment &A, const Segment &B) {
      return std::tie(A.Line, A.Column) < std::tie(B.Line, B.Column);
    });
    // Lines between segments inherit the open region's count, so the walk creates one entry per
    // line of the span: a hostile file must not turn two segments into millions of entries.
    constexpr unsigned MaxSpan = 2000000;
    if (!Segments.empty() && Segments.back().Line - Segments.front().Line > MaxSpan) {
      Out.problem(1, Where + ".segments span more than " + std::to_string(MaxSpan) + " lines; file left out");
      return;
    }
    lineHits(Segments, R.Data.Lines);
    if (F.contains("branches") && F["branches"].is_array())
      branches(F["branches"], Where, R.Data);
    auto [It, New] = ByName.emplace(R.Path, Out.Records.size());
    if (New)
      Out.Records.push_back(std::move(R));
    else
      Out.Records[It->second].Data.merge(R.Data);
  }

  // [lineStart, colStart, lineEnd, colEnd, trueCount, falseCount, fileId, expandedFileId, kind]
  void branches(const json &List, const std::string &Where, FileCoverage &Into) {
    std::map<unsigned, unsigned> OnLine;
    for (size_t I = 0; I < List.size(); ++I) {
      const json &B = List[I];
      std::optional<unsigned> Line = B.is_array() && B.size() >= 6 ? lineValue(B[0]) : std::nullopt;
      std::optional<unsigned> Column = Line ? lineValue(B[1]) : std::nullopt;
      std::optional<uint64_t> True = Line ? unsignedValue(B[4]) : std::nullopt;
      std::optional<uint64_t> False = Line ? unsignedValue(B[5]) : std::nullopt;
      if (!Line || !Column || !True || !False) {
        Out.problem(1, Where + ".branches[" + std::to_string(I) +
                           "] is not [line, column, endLine, endColumn, trueCount, falseCount, ...]");
        return;
      }
      unsigned Ordinal = OnLine[*Line]++;
      for (unsigned Arm = 0; Arm < 2; ++Arm) {
        BranchRecord R;
        R.Line = *Line;
        R.Column = *Column;
        R.Block = Ordinal;
        R.Branch = Arm;
        R.Taken = Arm == 0 ? *True : *False;
        Into.Branches.push_back(R);
      }
    }
  }

  // {name, count, regions: [[lineStart, colStart, lineEnd, colEnd, count, fileId, ...]], filenames}
  void functions(const json &List, const std::string &Where, const std::map<std::string, size_t> &ByName) {
    for (size_t I = 0; I < List.size(); ++I) {
      const json &F = List[I];
      if (!F.is_object() || !F.contains("name") || !F["name"].is_string() || !F.contains("filenames") ||
          !F["filenames"].is_array() || F["filenames"].empty() || !F["filenames"][0].is_string() ||
          !F.contains("regions") || !F["regions"].is_array()) {
        Out.problem(1, Where + ".functions[" + std::to_string(I) + "] is not {name, count, regions, filenames}");
        return;
      }
      auto File = ByName.find(F["filenames"][0].get<std::string>());
      if (File == ByName.end())
        continue;
      // The function's own body is the first region in file 0 (expansions come from macros).
      std::optional<unsigned> Start, End;
      for (const json &Region : F["regions"])
        if (Region.is_array() && Region.size() >= 6 && unsignedValue(Region[5]).value_or(1) == 0) {
          Start = lineValue(Region[0]);
          End = lineValue(Region[2]);
          break;
        }
      if (!Start || *Start == 0)
        continue;
      FunctionRecord R;
      R.Name = F["name"].get<std::string>();
      R.StartLine = *Start;
      R.EndLine = End.value_or(0);
      R.Hits = F.contains("count") ? unsignedValue(F["count"]).value_or(0) : 0;
      Out.Records[File->second].Data.Functions.push_back(std::move(R));
    }
  }

  ParsedCoverage &Out;
};

} // namespace

void parseLlvmCovJson(std::string_view Text, ParsedCoverage &Out) {
  Out.Format = "llvm-cov-json";
  json Root;
  try {
    Root = json::parse(Text.begin(), Text.end());
  } catch (const json::parse_error &E) {
    std::string Message = E.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> the part after "]".
    size_t Bracket = Message.find("] ");
    Out.problem(lineOfOffset(Text, E.byte ? E.byte - 1 : 0),
                "invalid JSON: " + (Bracket == std::string::npos ? Message : Message.substr(Bracket + 2)));
    return;
  }
  JsonReader(Out).read(Root);
}

} // namespace blastradius::coverage
