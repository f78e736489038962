#include "impact/ImpactSink.h"

#include "FileFindings.h"
#include "LanguageDetection.h"

#include <algorithm>
#include <set>

namespace blastradius::impact {

void ImpactSink::text(const std::string &File, const std::string &Text) { Texts.emplace(File, Text); }

void ImpactSink::report(Event E) {
  if (enabled(E.RuleId))
    Events.push_back(std::move(E));
}

void ImpactSink::preferPlan(const std::set<std::string> &PlanAddresses) {
  Events.erase(std::remove_if(Events.begin(), Events.end(),
                              [&](const Event &E) {
                                return E.Source == "diff" && !E.Address.empty() && PlanAddresses.count(E.Address);
                              }),
               Events.end());
}

bool ImpactSink::reportPath(const std::string &File, std::string &Out) const {
  if (PathPrefix.empty() || (!File.empty() && File[0] == '/')) { // a plan file outside the repository
    Out = File;
    return true;
  }
  if (File.size() <= PathPrefix.size() || File.compare(0, PathPrefix.size(), PathPrefix) != 0 ||
      File[PathPrefix.size()] != '/')
    return false;
  Out = File.substr(PathPrefix.size() + 1);
  return true;
}

namespace {

std::string languageOf(const std::string &Path) {
  if (Path.size() > 3 && Path.compare(Path.size() - 3, 3, ".tf") == 0)
    return "terraform";
  if (Path.size() > 4 && Path.compare(Path.size() - 4, 4, ".sql") == 0)
    return "sql";
  if (Path.size() > 3 && Path.compare(Path.size() - 3, 3, ".py") == 0)
    return "python";
  if (Path.size() > 3 && Path.compare(Path.size() - 3, 3, ".rb") == 0)
    return "ruby";
  return "yaml";
}

} // namespace

std::vector<Finding> ImpactSink::finish(bool ReportUnusedSuppressions) {
  std::map<std::string, std::vector<Finding>> PerFile;
  std::map<std::string, SourceText> Sources;
  auto SourceOf = [&](const std::string &File) -> const SourceText & {
    auto Found = Sources.find(File);
    if (Found == Sources.end()) {
      auto Text = Texts.find(File);
      Found = Sources.emplace(File, SourceText(Text == Texts.end() ? std::string() : Text->second)).first;
    }
    return Found->second;
  };
  for (const Event &E : Events) {
    const Rule *R = Rules.find(E.RuleId);
    std::string Path;
    if (!R || !reportPath(E.Where.File, Path))
      continue;
    const SourceText &Source = SourceOf(E.Where.File);
    size_t Size = Source.content().size();
    Finding F = makeFinding(*R, Path, Source, std::min<size_t>(E.Where.Begin, Size),
                            std::min<size_t>(E.Where.End, Size), E.Detail);
    // The rule's shipped level is error: keep it for what holds data, a note for the rest; a level
    // the configuration set applies to both.
    if (R->DefaultLevel == Level::Error && !E.Stateful)
      F.FindingLevel = Level::Note;
    F.ImpactSource = E.Source;
    for (size_t I = 0; I < E.Dependents.size(); ++I) {
      std::string DependentPath;
      if (!reportPath(E.Dependents[I].File, DependentPath))
        continue;
      std::optional<SourceText> FromBase;
      if (E.Dependents[I].InBase) {
        auto Text = BaseTexts.find(E.Dependents[I].File);
        FromBase.emplace(Text == BaseTexts.end() ? std::string() : Text->second);
      }
      const SourceText &Other = FromBase ? *FromBase : SourceOf(E.Dependents[I].File);
      size_t OtherSize = Other.content().size();
      RelatedLocation Related;
      Related.Start = Other.position(std::min<size_t>(E.Dependents[I].Begin, OtherSize));
      Related.End = Other.position(std::min<size_t>(E.Dependents[I].End, OtherSize));
      Related.Message = I < E.DependentNames.size() ? E.DependentNames[I] + " depends on it" : "depends on it";
      Related.Path = DependentPath == Path ? "" : DependentPath;
      F.Related.push_back(std::move(Related));
    }
    if (E.FixDescription) {
      FixInsertion Fix;
      Fix.Description = *E.FixDescription;
      Fix.At = Source.position(std::min<size_t>(E.FixAt, Size));
      Fix.Text = E.FixText;
      F.Fix = std::move(Fix);
    }
    PerFile[E.Where.File].push_back(std::move(F));
  }
  std::vector<Finding> All;
  for (auto &[File, Findings] : PerFile) {
    std::string Path;
    reportPath(File, Path);
    finishFileFindings(Findings, SourceOf(File), Path, languageOf(File), Rules, ReportUnusedSuppressions);
    for (Finding &F : Findings)
      All.push_back(std::move(F));
  }
  return All;
}

} // namespace blastradius::impact
