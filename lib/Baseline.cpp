#include "Baseline.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <utility>

namespace blastradius {

namespace {

Position position(const nlohmann::json &Region, const char *Line, const char *Column) {
  Position P;
  if (Region.contains(Line) && Region[Line].is_number_unsigned())
    P.Line = Region[Line].get<unsigned>();
  if (Region.contains(Column) && Region[Column].is_number_unsigned())
    P.Column = Region[Column].get<unsigned>();
  return P;
}

std::string stringAt(const nlohmann::json &Object, const char *Key) {
  return Object.is_object() && Object.contains(Key) && Object[Key].is_string() ? Object[Key].get<std::string>() : "";
}

} // namespace

bool loadBaseline(const std::string &Path, std::vector<Finding> &Out, std::string &Error) {
  std::error_code Ec;
  std::ifstream In(Path, std::ios::binary);
  if (!std::filesystem::is_regular_file(Path, Ec) || !In) {
    Error = "cannot read baseline " + Path;
    return false;
  }
  nlohmann::json Log = nlohmann::json::parse(In, nullptr, /*allow_exceptions=*/false);
  if (Log.is_discarded() || !Log.is_object() || !Log.contains("runs") || !Log["runs"].is_array()) {
    Error = "baseline " + Path + " is not a SARIF log";
    return false;
  }
  for (const nlohmann::json &Run : Log["runs"]) {
    if (!Run.is_object() || !Run.contains("results") || !Run["results"].is_array())
      continue;
    for (const nlohmann::json &Result : Run["results"]) {
      if (!Result.is_object())
        continue;
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
      if (Result.contains("locations") && Result["locations"].is_array() && !Result["locations"].empty()) {
        const nlohmann::json &Physical = Result["locations"][0].value("physicalLocation", nlohmann::json::object());
        F.Path = stringAt(Physical.value("artifactLocation", nlohmann::json::object()), "uri");
        const nlohmann::json Region = Physical.value("region", nlohmann::json::object());
        F.Start = position(Region, "startLine", "startColumn");
        F.End = position(Region, "endLine", "endColumn");
        F.Snippet = Region.contains("snippet") ? stringAt(Region["snippet"], "text") : "";
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
