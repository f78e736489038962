#include "Baseline.h"

#include "SarifReader.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <utility>

namespace blastradius {

namespace {

using nlohmann::ordered_json;

// The log was validated by readSarifLog: every member read here has the type it is read as.
Position position(const ordered_json &Region, const char *Line, const char *Column) {
  Position P;
  if (Region.contains(Line))
    P.Line = static_cast<unsigned>(Region[Line].get<unsigned long long>());
  if (Region.contains(Column))
    P.Column = static_cast<unsigned>(Region[Column].get<unsigned long long>());
  return P;
}

std::string stringAt(const ordered_json &Object, const char *Key) {
  return Object.is_object() && Object.contains(Key) && Object[Key].is_string() ? Object[Key].get<std::string>() : "";
}

} // namespace

bool loadBaseline(const std::string &Path, std::vector<Finding> &Out, std::string &Error) {
  ordered_json Log;
  if (!readSarifLog(Path, Log, Error)) {
    Error = Error.rfind("cannot read ", 0) == 0 ? "cannot read baseline " + Error.substr(12) : "baseline " + Error;
    return false;
  }
  for (const ordered_json &Run : Log["runs"]) {
    if (!Run.contains("results"))
      continue;
    for (const ordered_json &Result : Run["results"]) {
      // A result that was already absent in that log is history, not part of the baseline.
      if (stringAt(Result, "baselineState") == "absent")
        continue;
      Finding F;
      F.RuleId = stringAt(Result, "ruleId");
      if (Result.contains("partialFingerprints"))
        F.Fingerprint = stringAt(Result["partialFingerprints"], "blastradius/v1");
      if (F.RuleId.empty() || F.Fingerprint.empty()) {
        Error = "baseline " + Path + " has a result without ruleId or blastradius/v1 fingerprint: was it written by "
                "blastradius?";
        return false;
      }
      F.Message = Result.contains("message") ? stringAt(Result["message"], "text") : "";
      std::optional<Level> L = parseLevel(stringAt(Result, "level"));
      F.FindingLevel = L ? *L : Level::Warning;
      if (Result.contains("locations") && !Result["locations"].empty() &&
          Result["locations"][0].contains("physicalLocation")) {
        const ordered_json &Physical = Result["locations"][0]["physicalLocation"];
        if (Physical.contains("artifactLocation"))
          F.Path = stringAt(Physical["artifactLocation"], "uri");
        if (Physical.contains("region")) {
          const ordered_json &Region = Physical["region"];
          F.Start = position(Region, "startLine", "startColumn");
          F.End = position(Region, "endLine", "endColumn");
          F.Snippet = Region.contains("snippet") ? stringAt(Region["snippet"], "text") : "";
        }
      }
      if (Result.contains("partialFingerprints"))
        F.LineHash = stringAt(Result["partialFingerprints"], "primaryLocationLineHash");
      Out.push_back(std::move(F));
    }
  }
  return true;
}

void applyBaseline(Report &R, const std::vector<Finding> &Baseline) {
  R.HasBaseline = true;
  std::map<std::pair<std::string, std::string>, std::vector<const Finding *>> Remaining;
  for (const Finding &B : Baseline)
    Remaining[{B.RuleId, B.Fingerprint}].push_back(&B);
  for (Finding &F : R.Findings) {
    auto Found = Remaining.find({F.RuleId, F.Fingerprint});
    if (Found != Remaining.end() && !Found->second.empty()) {
      F.BaselineState = "unchanged";
      Found->second.pop_back();
    } else {
      F.BaselineState = "new";
    }
  }
  for (const auto &[Key, Left] : Remaining)
    for (const Finding *B : Left) {
      Finding Gone = *B;
      Gone.BaselineState = "absent";
      R.Absent.push_back(std::move(Gone));
    }
  Report Sorter;
  Sorter.Findings = std::move(R.Absent);
  Sorter.canonicalize();
  R.Absent = std::move(Sorter.Findings);
}

} // namespace blastradius
