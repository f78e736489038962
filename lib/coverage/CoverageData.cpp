#include "coverage/CoverageData.h"

#include <algorithm>
#include <tuple>

namespace blastradius::coverage {

namespace {

uint64_t saturatingAdd(uint64_t A, uint64_t B) { return A > UINT64_MAX - B ? UINT64_MAX : A + B; }

auto branchKey(const BranchRecord &B) { return std::make_tuple(B.Line, B.Block, B.Branch, B.Column); }

} // namespace

void ParsedCoverage::problem(unsigned Line, std::string Message, std::string Kind) {
  constexpr size_t MaxProblemsPerFile = 10;
  if (Problems.size() >= MaxProblemsPerFile) {
    ++MoreProblems;
    return;
  }
  Problems.push_back({Line, std::move(Kind), std::move(Message)});
}

std::optional<uint64_t> FileCoverage::lineHits(unsigned Line) const {
  auto Found = Lines.find(Line);
  if (Found == Lines.end())
    return std::nullopt;
  return Found->second;
}

std::optional<uint64_t> FileCoverage::regionHits(unsigned First, unsigned Last) const {
  std::optional<uint64_t> Most;
  for (auto It = Lines.lower_bound(First); It != Lines.end() && It->first <= Last; ++It)
    Most = std::max(Most.value_or(0), It->second);
  return Most;
}

std::vector<const BranchRecord *> FileCoverage::branchesOn(unsigned Line) const {
  std::vector<const BranchRecord *> Out;
  auto First = std::lower_bound(Branches.begin(), Branches.end(), Line,
                                [](const BranchRecord &B, unsigned L) { return B.Line < L; });
  for (auto It = First; It != Branches.end() && It->Line == Line; ++It)
    Out.push_back(&*It);
  return Out;
}

const FunctionRecord *FileCoverage::functionAt(unsigned Line) const {
  const FunctionRecord *Best = nullptr;
  for (const FunctionRecord &F : Functions) {
    if (F.StartLine > Line)
      break;
    if (F.EndLine && F.EndLine < Line)
      continue;
    Best = &F;
  }
  return Best;
}

unsigned FileCoverage::lastLine() const {
  unsigned Last = Lines.empty() ? 0 : Lines.rbegin()->first;
  for (const BranchRecord &B : Branches)
    Last = std::max(Last, B.Line);
  for (const FunctionRecord &F : Functions)
    Last = std::max({Last, F.StartLine, F.EndLine});
  return Last;
}

void FileCoverage::merge(const FileCoverage &Other) {
  for (const auto &[Line, Hits] : Other.Lines)
    Lines[Line] = saturatingAdd(Lines[Line], Hits);
  Branches.insert(Branches.end(), Other.Branches.begin(), Other.Branches.end());
  Functions.insert(Functions.end(), Other.Functions.begin(), Other.Functions.end());
  finish();
}

void FileCoverage::finish() {
  std::stable_sort(Branches.begin(), Branches.end(),
                   [](const BranchRecord &A, const BranchRecord &B) { return branchKey(A) < branchKey(B); });
  std::vector<BranchRecord> Folded;
  for (const BranchRecord &B : Branches) {
    if (!Folded.empty() && branchKey(Folded.back()) == branchKey(B)) {
      BranchRecord &Into = Folded.back();
      // '-' (condition never evaluated) plus a count is that count; two counts add up.
      if (B.Taken)
        Into.Taken = saturatingAdd(Into.Taken.value_or(0), *B.Taken);
      Into.Exact = Into.Exact && B.Exact;
      continue;
    }
    Folded.push_back(B);
  }
  Branches = std::move(Folded);

  std::stable_sort(Functions.begin(), Functions.end(), [](const FunctionRecord &A, const FunctionRecord &B) {
    return std::tie(A.StartLine, A.Name) < std::tie(B.StartLine, B.Name);
  });
  std::vector<FunctionRecord> Merged;
  for (const FunctionRecord &F : Functions) {
    if (!Merged.empty() && Merged.back().StartLine == F.StartLine && Merged.back().Name == F.Name) {
      Merged.back().Hits = saturatingAdd(Merged.back().Hits, F.Hits);
      Merged.back().EndLine = std::max(Merged.back().EndLine, F.EndLine);
      continue;
    }
    Merged.push_back(F);
  }
  Functions = std::move(Merged);
}

const FileCoverage *CoverageData::file(const std::string &Path) const {
  auto Found = Files.find(Path);
  return Found == Files.end() ? nullptr : &Found->second;
}

} // namespace blastradius::coverage
