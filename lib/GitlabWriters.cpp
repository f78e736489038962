// GitLab's report formats: the Code Quality report (a Code Climate issue array, shown in the merge
// request widget and the changes view) and the SAST security report (schema 15.0.7, shown in the
// security widget and the vulnerability report). test/schemas/gitlab/ holds the schemas GitLab
// validates them with; test/cli/gitlab-formats.test checks the output against them.
#include "Writers.h"

#include "ResultCache.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace blastradius {

using nlohmann::ordered_json;

namespace {

std::string dump(const ordered_json &Document) {
  return Document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

/// A UUID-shaped id derived from the finding's fingerprint (stable across runs, as GitLab tracks
/// vulnerabilities by it), version nibble 5-like so that it reads as a name-based UUID.
std::string uuidFrom(const std::string &Fingerprint, const std::string &RuleId) {
  std::string Hash = contentHash(RuleId + '\0' + Fingerprint) + contentHash(Fingerprint + '\0' + RuleId);
  std::string Hex;
  for (char C : Hash)
    if (std::isxdigit(static_cast<unsigned char>(C)))
      Hex += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  while (Hex.size() < 32)
    Hex += '0';
  Hex[12] = '5';
  Hex[16] = "89ab"[Hex[16] % 4];
  return Hex.substr(0, 8) + "-" + Hex.substr(8, 4) + "-" + Hex.substr(12, 4) + "-" + Hex.substr(16, 4) + "-" +
         Hex.substr(20, 12);
}

/// yyyy-mm-ddThh:mm:ss in UTC; SOURCE_DATE_EPOCH, when set, for reproducible reports.
std::string timestamp(std::time_t When) {
  if (const char *Epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char *End = nullptr;
    long long Value = std::strtoll(Epoch, &End, 10);
    if (End && *End == '\0' && Value >= 0)
      When = static_cast<std::time_t>(Value);
  }
  std::tm Utc{};
  gmtime_r(&When, &Utc);
  char Buffer[32];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%dT%H:%M:%S", &Utc);
  return Buffer;
}

bool securityFamily(const Rule *Meta) {
  return Meta && (!Meta->SecuritySeverity.empty() || Meta->Family == "broad-permission" ||
                  Meta->Family == "deletion-protection-off");
}

} // namespace

std::string writeGitlabCodeQuality(const Report &R, const OutputOptions &Options) {
  ordered_json Issues = ordered_json::array();
  for (const Finding &F : R.Findings) {
    if (!findingShown(F, Options))
      continue;
    const Rule *Meta = R.findRule(F.RuleId);
    ordered_json Issue = {{"type", "issue"},
                          {"check_name", F.RuleId},
                          {"description", F.Message},
                          {"categories", ordered_json::array({securityFamily(Meta) ? "Security" : "Bug Risk"})}};
    if (Meta) {
      std::string Page = helpUri(*Meta);
      Issue["content"] = {{"body", shortDescription(*Meta) + (Page.empty() ? "" : " " + Page)}};
    }
    Issue["location"] = {{"path", F.Path},
                         {"lines", {{"begin", F.Start.Line}, {"end", std::max(F.Start.Line, F.End.Line)}}}};
    Issue["severity"] = F.FindingLevel == Level::Error ? "critical" : F.FindingLevel == Level::Warning ? "major" : "minor";
    Issue["fingerprint"] = F.Fingerprint;
    Issues.push_back(std::move(Issue));
  }
  return dump(Issues);
}

std::string writeGitlabSast(const Report &R, const OutputOptions &Options) {
  ordered_json Vulnerabilities = ordered_json::array();
  for (const Finding &F : R.Findings) {
    if (!findingShown(F, Options))
      continue;
    const Rule *Meta = R.findRule(F.RuleId);
    double Score = Meta && !Meta->SecuritySeverity.empty() ? std::strtod(Meta->SecuritySeverity.c_str(), nullptr) : 0;
    std::string Severity = F.FindingLevel == Level::Error ? (Score >= 9.0 ? "Critical" : "High")
                           : F.FindingLevel == Level::Warning ? "Medium"
                                                               : "Low";
    ordered_json Primary = {{"type", "blastradius_rule"}, {"name", F.RuleId}, {"value", F.RuleId}};
    std::string Page = Meta ? helpUri(*Meta) : "";
    if (!Page.empty())
      Primary["url"] = Page;
    ordered_json Identifiers = ordered_json::array({Primary});
    if (Meta)
      for (const std::string &Cwe : Meta->Cwe) {
        std::string Number = Cwe.substr(Cwe.find('-') + 1);
        Identifiers.push_back({{"type", "cwe"},
                               {"name", Cwe},
                               {"value", Number},
                               {"url", "https://cwe.mitre.org/data/definitions/" + Number + ".html"}});
      }
    ordered_json Vulnerability = {{"id", uuidFrom(F.Fingerprint, F.RuleId)}};
    std::string Name = Meta ? shortDescription(*Meta) : F.RuleId;
    if (Name.size() > 255)
      Name = Name.substr(0, 252) + "...";
    Vulnerability["name"] = Name;
    Vulnerability["description"] = F.Message;
    Vulnerability["severity"] = Severity;
    if (Meta && !Meta->Help.empty())
      Vulnerability["solution"] = Meta->Help.size() > 7000 ? Meta->Help.substr(0, 6997) + "..." : Meta->Help;
    Vulnerability["identifiers"] = std::move(Identifiers);
    Vulnerability["location"] = {
        {"file", F.Path}, {"start_line", F.Start.Line}, {"end_line", std::max(F.Start.Line, F.End.Line)}};
    Vulnerabilities.push_back(std::move(Vulnerability));
  }
  ordered_json Messages = ordered_json::array();
  for (const Notification &N : R.Notifications)
    if (N.NotificationLevel >= Level::Warning)
      Messages.push_back({{"level", N.NotificationLevel == Level::Error ? "warn" : "info"},
                          {"value", N.Path + ": " + (N.Skipped ? "skipped: " : "") + N.Message}});
  ordered_json Tool = {{"id", "blastradius"},
                       {"name", "blastradius"},
                       {"url", BLASTRADIUS_HOMEPAGE},
                       {"vendor", {{"name", "blastradius"}}},
                       {"version", BLASTRADIUS_VERSION}};
  std::time_t Now = std::time(nullptr);
  ordered_json Scan = {{"analyzer", Tool},
                       {"scanner", Tool},
                       {"type", "sast"},
                       {"start_time", timestamp(Options.StartTime ? Options.StartTime : Now)},
                       {"end_time", timestamp(Now)},
                       {"status", R.ExecutionFailed ? "failure" : "success"}};
  if (!Messages.empty())
    Scan["messages"] = std::move(Messages);
  ordered_json Document = {
      {"version", "15.0.7"},
      {"schema", "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.0.7/dist/"
                 "sast-report-format.json"},
      {"scan", std::move(Scan)},
      {"vulnerabilities", std::move(Vulnerabilities)}};
  return dump(Document);
}

} // namespace blastradius
