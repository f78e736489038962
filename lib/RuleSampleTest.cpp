#include "RuleSampleTest.h"

#include "LanguageDetection.h"
#include "Languages.h"

#include <re2/re2.h>

#include <filesystem>
#include <map>
#include <set>

namespace blastradius {

namespace {

struct Expectations {
  std::map<std::string, std::set<unsigned>> MustFire;
  std::map<std::string, std::set<unsigned>> MustNotFire;
  /// Known gaps, in Semgrep's sense: `todoruleid:` should fire one day and must not yet (a missed
  /// case); `todook:` should stay silent one day and still fires (a known false positive). Either
  /// one changing is an error, so that the annotation is promoted the day the rule improves.
  std::map<std::string, std::set<unsigned>> TodoFire;
  std::map<std::string, std::set<unsigned>> TodoOk;
};

bool parseAnnotations(const SourceText &Source, const LanguageInfo &Language, const std::string &Path,
                      Expectations &Out, std::ostream &Errors) {
  static const RE2 Annotation(R"(^\s*(?:#|//|--)\s*(ruleid|ok|todoruleid|todook)\s*:\s*([a-z0-9, -]+?)\s*$)");
  std::vector<std::pair<std::string, std::vector<std::string>>> Pending;
  bool Ok = true;
  for (unsigned Line = 1; Line <= Source.lineCount(); ++Line) {
    std::string_view Text = Source.line(Line);
    std::string Kind, Ids;
    if (RE2::FullMatch(Text, Annotation, &Kind, &Ids)) {
      std::vector<std::string> Parsed;
      for (size_t Begin = 0; Begin < Ids.size();) {
        size_t Comma = Ids.find(',', Begin);
        std::string Id = Ids.substr(Begin, Comma == std::string::npos ? std::string::npos : Comma - Begin);
        Id.erase(0, Id.find_first_not_of(' '));
        Id.erase(Id.find_last_not_of(' ') + 1);
        if (!Id.empty())
          Parsed.push_back(Id);
        Begin = Comma == std::string::npos ? Ids.size() : Comma + 1;
      }
      Pending.push_back({Kind, Parsed});
      continue;
    }
    for (auto &[Kind, Ids] : Pending)
      for (const std::string &Id : Ids)
        (Kind == "ruleid" ? Out.MustFire
         : Kind == "ok"   ? Out.MustNotFire
         : Kind == "todoruleid" ? Out.TodoFire
                                : Out.TodoOk)[Id]
            .insert(Line);
    Pending.clear();
  }
  if (!Pending.empty()) {
    Errors << Path << ":" << Source.lineCount() << ": error: annotation at the end of the file has no line to apply to\n";
    Ok = false;
  }
  (void)Language;
  return Ok;
}

} // namespace

bool testRuleSample(Engine &E, const RuleSet &Rules, const std::string &SamplePath, std::ostream &Out) {
  std::string Content, ErrorKind, Error;
  if (!readWholeFile(SamplePath, 64 * 1024 * 1024, Content, ErrorKind, Error)) {
    Out << SamplePath << ": error: " << Error << "\n";
    return false;
  }
  Detection Detected = detectLanguage(std::filesystem::path(SamplePath).filename().string(), Content);
  if (Detected.Language.empty())
    Detected = detectLanguage(SamplePath, Content);
  const LanguageInfo *Language = findLanguage(Detected.Language);
  if (!Language) {
    Out << SamplePath << ": error: cannot tell the sample's language: " << Detected.SkipReason << "\n";
    return false;
  }
  SourceText Source(Content);
  Expectations Expected;
  bool Passed = parseAnnotations(Source, *Language, SamplePath, Expected, Out);

  std::set<std::string> Annotated;
  for (const auto &[Id, Lines] : Expected.MustFire)
    Annotated.insert(Id);
  for (const auto &[Id, Lines] : Expected.MustNotFire)
    Annotated.insert(Id);
  for (const auto *Todo : {&Expected.TodoFire, &Expected.TodoOk})
    for (const auto &[Id, Lines] : *Todo)
      Annotated.insert(Id);
  if (Annotated.empty()) {
    Out << SamplePath << ": error: no 'ruleid:' or 'ok:' annotations\n";
    return false;
  }
  for (const std::string &Id : Annotated) {
    if (!Rules.find(Id)) {
      Out << SamplePath << ": error: annotation names unknown rule '" << Id << "'\n";
      Passed = false;
    }
    if (Expected.MustFire[Id].empty() || Expected.MustNotFire[Id].empty()) {
      Out << SamplePath << ": error: rule '" << Id
          << "' needs at least one 'ruleid:' (must fire) and one 'ok:' (must not fire) case\n";
      Passed = false;
    }
  }

  InventoryEntry Entry{std::filesystem::path(SamplePath).filename().string(),
                       std::filesystem::absolute(SamplePath).string()};
  // Detect by the sample's own name so a rules/kubernetes/<id>/<id>.yaml sample is Kubernetes.
  Entry.RelativePath = SamplePath;
  FileResult Result = E.analyzeFile(Entry, "");
  for (const Notification &N : Result.Notifications)
    if (N.Skipped) {
      Out << SamplePath << ": error: sample was not analysed: " << N.Message << "\n";
      Passed = false;
    }

  std::map<std::string, std::set<unsigned>> Fired;
  for (const Finding &F : Result.Findings)
    if (!F.Suppressed && Annotated.count(F.RuleId))
      Fired[F.RuleId].insert(F.Start.Line);
  unsigned Cases = 0, KnownGaps = 0;
  for (const std::string &Id : Annotated) {
    for (unsigned Line : Expected.MustFire[Id]) {
      ++Cases;
      if (!Fired[Id].count(Line)) {
        Out << SamplePath << ":" << Line << ": error: expected " << Id << " to fire here: " << Source.line(Line)
            << "\n";
        Passed = false;
      }
    }
    for (unsigned Line : Expected.TodoFire[Id]) {
      ++KnownGaps;
      if (Fired[Id].count(Line)) {
        Out << SamplePath << ":" << Line << ": error: " << Id
            << " fires now on a line marked 'todoruleid:': make it 'ruleid:': " << Source.line(Line) << "\n";
        Passed = false;
      }
    }
    for (unsigned Line : Expected.TodoOk[Id]) {
      ++KnownGaps;
      if (!Fired[Id].count(Line)) {
        Out << SamplePath << ":" << Line << ": error: " << Id
            << " no longer fires on a line marked 'todook:': make it 'ok:': " << Source.line(Line) << "\n";
        Passed = false;
      }
    }
    for (unsigned Line : Fired[Id]) {
      if (Expected.MustFire[Id].count(Line) || Expected.TodoOk[Id].count(Line) || Expected.TodoFire[Id].count(Line))
        continue;
      Out << SamplePath << ":" << Line << ": error: " << Id << " fired on a line "
          << (Expected.MustNotFire[Id].count(Line) ? "marked 'ok:'" : "not annotated 'ruleid:'") << ": "
          << Source.line(Line) << "\n";
      Passed = false;
    }
    Cases += static_cast<unsigned>(Expected.MustNotFire[Id].size());
  }
  Out << (Passed ? "PASS" : "FAIL") << ": " << SamplePath << " (" << Cases << " cases, " << Annotated.size()
      << (Annotated.size() == 1 ? " rule" : " rules")
      << (KnownGaps ? ", " + std::to_string(KnownGaps) + " known gap" + (KnownGaps == 1 ? "" : "s") : std::string())
      << ")\n";
  return Passed;
}

} // namespace blastradius
