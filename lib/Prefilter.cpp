#include "Prefilter.h"

#include "Languages.h"
#include "RuleLoader.h"
#include "branches/BranchMap.h"
#include "semantic/SemanticAnalyzer.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace blastradius {

struct Prefilter::Matcher {
  Matcher() : Set(options(), RE2::UNANCHORED) {}
  static RE2::Options options() {
    // Bytes, not UTF-8: the view is lower-cased ASCII with arbitrary other bytes, and a byte that is
    // not a letter, digit or underscore is a word boundary.
    RE2::Options O;
    O.set_encoding(RE2::Options::EncodingLatin1);
    O.set_log_errors(false);
    O.set_max_mem(64 << 20);
    return O;
  }
  RE2::Set Set;
  bool Compiled = false;
};

namespace {
/// What prefilterView does with each byte, worked out once: left out (quotes, backslash, `+`,
/// whitespace), or kept lower-cased; and which bytes after a backslash may spell a letter.
struct ViewTables {
  bool Removed[256] = {};
  bool EscapeSpellsLetter[256] = {};
  char Lowered[256] = {};
  ViewTables() {
    for (unsigned C = 0; C < 256; ++C)
      Lowered[C] = static_cast<char>(C >= 'A' && C <= 'Z' ? C - 'A' + 'a' : C);
    for (unsigned char C : std::string_view("'\"\\`+ \t\n\r\f\v"))
      Removed[C] = true;
    for (unsigned char C : std::string_view("xXuUN01234567"))
      EscapeSpellsLetter[C] = true;
  }
};
} // namespace

std::string prefilterView(std::string_view Text, bool &HasLetterEscape) {
  static const ViewTables Tables;
  HasLetterEscape = false;
  std::string View(Text.size(), '\0');
  char *const Begin = View.data();
  char *Out = Begin;
  const size_t Size = Text.size();
  for (size_t I = 0; I < Size; ++I) {
    unsigned char C = static_cast<unsigned char>(Text[I]);
    if (!Tables.Removed[C]) {
      *Out++ = Tables.Lowered[C];
      continue;
    }
    if (C == '\\' && I + 1 < Size && Tables.EscapeSpellsLetter[static_cast<unsigned char>(Text[I + 1])])
      HasLetterEscape = true;
    // One mark for a run of what was left out: `r"m"` still holds `rm`, and a word may end there.
    if (Out == Begin || Out[-1] != RemovedMark)
      *Out++ = RemovedMark;
  }
  View.resize(static_cast<size_t>(Out - Begin));
  return View;
}

namespace {

/// The pattern of one literal in the view: its letters with a removal mark allowed between any two,
/// and for a whole word, no letter, digit or underscore right before or after it (a removal mark
/// there is a boundary: `"x"rm` may be `x rm`).
std::string literalPattern(const std::string &Literal, bool WholeWord) {
  std::string Pattern = WholeWord ? "(?:^|[^a-z0-9_])" : "";
  for (size_t I = 0; I < Literal.size(); ++I) {
    if (I)
      Pattern += "\\x01?";
    Pattern += RE2::QuoteMeta(Literal.substr(I, 1));
  }
  if (WholeWord)
    Pattern += "(?:$|[^a-z0-9_])";
  return Pattern;
}

std::string lowerAscii(std::string Text) {
  std::transform(Text.begin(), Text.end(), Text.begin(),
                 [](char C) { return (C >= 'A' && C <= 'Z') ? static_cast<char>(C - 'A' + 'a') : C; });
  return Text;
}

} // namespace

Prefilter::Prefilter(const RuleSet &TheRules, bool IsEnabled)
    : Rules(TheRules), Enabled(IsEnabled), TheMatcher(std::make_unique<Matcher>()) {
  if (!Enabled)
    return;
  // One pattern per distinct literal and kind (a word `drop` and a substring `drop` differ).
  std::map<std::pair<std::string, bool>, size_t> Index;
  for (const auto &R : Rules.rules()) {
    std::vector<size_t> Mine;
    for (bool WholeWord : {false, true})
      for (const std::string &Literal : WholeWord ? R->PrefilterWords : R->Prefilter) {
        std::string Key = lowerAscii(Literal);
        auto [It, Added] = Index.emplace(std::make_pair(Key, WholeWord), Literals.size());
        if (Added) {
          Literals.push_back(Key);
          if (TheMatcher->Set.Add(literalPattern(Key, WholeWord), nullptr) < 0) {
            Enabled = false; // cannot happen for a quoted literal; then nothing is filtered
            return;
          }
        }
        Mine.push_back(It->second);
      }
    if (!Mine.empty())
      RuleLiterals.emplace(R.get(), std::move(Mine));
  }
  for (const auto &R : Rules.rules())
    if (R->PrefilterLocalModules)
      LocalModuleRules.push_back(R.get());
  if (!LocalModuleRules.empty()) {
    auto [It, Added] = Index.emplace(std::make_pair(std::string("./"), false), Literals.size());
    if (Added) {
      Literals.push_back("./");
      if (TheMatcher->Set.Add(literalPattern("./", false), nullptr) < 0) {
        Enabled = false;
        return;
      }
    }
    LocalCallLiteral = It->second;
  }
  TheMatcher->Compiled = !Literals.empty() && TheMatcher->Set.Compile();
  for (const LanguageInfo &Info : allLanguages()) {
    LanguagePlan &Plan = Plans[Info.Name];
    for (const auto &R : Rules.rules()) {
      if (!R->appliesTo(Info.Name))
        continue;
      if (R->Engine == "tree-sitter")
        Plan.Direct.push_back(R.get());
      // Per-file builtin rules judge the branch map; the others (change impact, suppressions)
      // do not need the parse.
      if (R->Engine == "builtin" && R->Family == "untested-risky-branch" && hasBranchMap(Info.Name))
        Plan.Branch.push_back(R.get());
    }
    for (const SemanticAnalyzer *A : Rules.semanticAnalyzersFor(Info.Name)) {
      std::vector<const Rule *> Reported;
      for (std::string_view Id : A->ruleIds())
        if (const Rule *R = Rules.find(Id); R && R->SemanticImpl == A && R->appliesTo(Info.Name))
          Reported.push_back(R);
      Plan.Analyzers.push_back({A, std::move(Reported), A->ruleIds().empty(), A->embeddedLanguages()});
    }
  }
}

const Prefilter::LanguagePlan *Prefilter::planFor(std::string_view Language) const {
  auto Found = Plans.find(Language);
  return Found == Plans.end() ? nullptr : &Found->second;
}

Prefilter::~Prefilter() = default;

PrefilterHits Prefilter::search(std::string_view Text) const {
  PrefilterHits Hits;
  if (!Enabled || !TheMatcher->Compiled)
    return Hits;
  bool Escaped = false;
  std::string View = prefilterView(Text, Escaped);
  if (Escaped)
    return Hits;
  std::vector<int> Matched;
  RE2::Set::ErrorInfo Info{};
  if (!TheMatcher->Set.Match(View, &Matched, &Info) && Info.kind != RE2::Set::kNoError)
    return Hits; // out of memory in the DFA: every literal counts as present
  Hits.All = false;
  Hits.Present.assign(Literals.size(), false);
  for (int I : Matched)
    Hits.Present[static_cast<size_t>(I)] = true;
  return Hits;
}

bool Prefilter::ruleMayMatch(const Rule &R, const PrefilterHits &Hits) const {
  if (R.PrefilterFindingsOnly)
    return Hits.All;
  auto Found = RuleLiterals.find(&R);
  if (Hits.All || Found == RuleLiterals.end())
    return true;
  const std::vector<size_t> &Mine = Found->second;
  if (std::any_of(Mine.begin(), Mine.end(), [&](size_t I) { return Hits.Present[I]; }))
    return true;
  // A local module call: a module input of any name may reach the attribute in the module's files.
  if (!R.PrefilterLocalModules || LocalCallLiteral == SIZE_MAX || !Hits.Present[LocalCallLiteral])
    return false;
  if (!Hits.ModulesSearched || Hits.ModulesAll)
    return true;
  return std::any_of(Mine.begin(), Mine.end(), [&](size_t I) { return Hits.InModules[I]; });
}

bool Prefilter::analyzerMayRun(const SemanticAnalyzer &A, std::string_view Language,
                               const PrefilterHits &Hits) const {
  return analyzerMayRun(A, Language, Hits, 0);
}

bool Prefilter::analyzerMayRun(const SemanticAnalyzer &A, std::string_view Language, const PrefilterHits &Hits,
                               unsigned Depth) const {
  if (Hits.All)
    return true;
  const LanguagePlan *Plan = planFor(Language);
  if (!Plan)
    return true;
  auto Entry = std::find_if(Plan->Analyzers.begin(), Plan->Analyzers.end(),
                            [&](const AnalyzerPlan &P) { return P.Analyzer == &A; });
  if (Entry == Plan->Analyzers.end())
    return true; // not planned for (cannot happen): run it
  return plannedAnalyzerMayRun(*Entry, Hits, Depth);
}

bool Prefilter::plannedAnalyzerMayRun(const AnalyzerPlan &Planned, const PrefilterHits &Hits, unsigned Depth) const {
  if (Planned.ReportsNoRule) {
    // Hands embedded code back to the engine: it matters when a rule of that code may fire (the
    // engine follows two levels of embedding; deeper, nothing runs).
    if (Planned.Embedded.empty())
      return true;
    if (Depth >= 2)
      return false;
    return std::any_of(Planned.Embedded.begin(), Planned.Embedded.end(),
                       [&](std::string_view E) { return languageMayMatch(E, Hits, Depth + 1); });
  }
  return std::any_of(Planned.Reported.begin(), Planned.Reported.end(),
                     [&](const Rule *R) { return ruleMayMatch(*R, Hits); });
}

bool Prefilter::branchMapNeeded(std::string_view Language, const PrefilterHits &Hits, bool HasFindings) const {
  const LanguagePlan *Plan = planFor(Language);
  if (!Plan)
    return true;
  if (Hits.All)
    return !Plan->Branch.empty();
  return std::any_of(Plan->Branch.begin(), Plan->Branch.end(), [&](const Rule *R) {
    return R->PrefilterFindingsOnly ? HasFindings : ruleMayMatch(*R, Hits);
  });
}

bool Prefilter::languageMayMatch(std::string_view Language, const PrefilterHits &Hits) const {
  return languageMayMatch(Language, Hits, 0);
}

bool Prefilter::languageMayMatch(std::string_view Language, const PrefilterHits &Hits, unsigned Depth) const {
  if (Hits.All)
    return true;
  // A Dockerfile is parsed as its RUN bodies, each a shell script.
  if (Language == "dockerfile")
    return languageMayMatch("bash", Hits, Depth);
  const LanguagePlan *Plan = planFor(Language);
  if (!Plan)
    return true;
  auto MayMatch = [&](const Rule *R) { return ruleMayMatch(*R, Hits); };
  if (std::any_of(Plan->Direct.begin(), Plan->Direct.end(), MayMatch))
    return true;
  if (Depth == 0 && std::any_of(Plan->Branch.begin(), Plan->Branch.end(), MayMatch))
    return true;
  for (const AnalyzerPlan &Planned : Plan->Analyzers)
    if (plannedAnalyzerMayRun(Planned, Hits, Depth))
      return true;
  return false;
}

} // namespace blastradius
