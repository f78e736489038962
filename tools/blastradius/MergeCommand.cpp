// `blastradius merge A.sarif B.sarif ... -o ALL.sarif`: the SARIF logs of a sharded scan (or of
// several scans of a monorepo) as one log, one run per category (automationDetails.id), rules and
// results deduplicated, every tool notification kept. Only blastradius logs are accepted: results
// are deduplicated by the tool's own fingerprint.
#include "Commands.h"

#include "SarifReader.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace blastradius::tools {

namespace {

using nlohmann::ordered_json;

struct MergedRun {
  ordered_json Driver;
  std::map<std::string, ordered_json> Rules;
  /// Results keyed for order and deduplication: (uri, line, column, rule, fingerprint).
  std::map<std::tuple<std::string, long, long, std::string, std::string>, ordered_json> Results;
  std::vector<ordered_json> Notifications;
  std::set<std::string> SeenNotifications;
  ordered_json OriginalUriBaseIds;
  bool Successful = true;
  unsigned long FilesAnalysed = 0, FilesSkipped = 0;
};

std::string stringAt(const ordered_json &J, const char *Key) {
  return J.is_object() && J.contains(Key) && J[Key].is_string() ? J[Key].get<std::string>() : "";
}

long numberAt(const ordered_json &J, const char *Key) {
  return J.is_object() && J.contains(Key) && J[Key].is_number_integer() ? J[Key].get<long>() : 0;
}

bool mergeLog(const std::string &Path, std::map<std::string, MergedRun> &Runs, std::set<std::string> &SeenLogs,
              std::string &Error) {
  ordered_json Log;
  std::string Content;
  if (!readSarifLog(Path, Log, Error, &Content))
    return false;
  // The same shard given twice (a retried CI job uploading again) must not count its files twice.
  if (!SeenLogs.insert(Content).second) {
    std::cerr << "blastradius: note: " << Path << " is identical to an earlier log; merged once\n";
    return true;
  }
  for (const ordered_json &Run : Log["runs"]) {
    const ordered_json Driver = Run.value("tool", ordered_json::object()).value("driver", ordered_json::object());
    if (stringAt(Driver, "name") != "blastradius") {
      Error = Path + ": a run of '" + stringAt(Driver, "name") + "', not blastradius: merge only merges blastradius logs";
      return false;
    }
    std::string Category = stringAt(Run.value("automationDetails", ordered_json::object()), "id");
    MergedRun &Into = Runs[Category];
    if (Into.Driver.is_null()) {
      Into.Driver = Driver;
      Into.OriginalUriBaseIds = Run.value("originalUriBaseIds", ordered_json::object());
    }
    std::vector<std::string> RuleIds;
    for (const ordered_json &Rule : Driver.value("rules", ordered_json::array())) {
      RuleIds.push_back(stringAt(Rule, "id"));
      Into.Rules.emplace(stringAt(Rule, "id"), Rule);
    }
    for (ordered_json Result : Run.value("results", ordered_json::array())) {
      const ordered_json Physical = Result.value("locations", ordered_json::array()).empty()
                                        ? ordered_json::object()
                                        : Result["locations"][0].value("physicalLocation", ordered_json::object());
      const ordered_json Region = Physical.value("region", ordered_json::object());
      auto Key = std::make_tuple(stringAt(Physical.value("artifactLocation", ordered_json::object()), "uri"),
                                 numberAt(Region, "startLine"), numberAt(Region, "startColumn"),
                                 stringAt(Result, "ruleId"),
                                 stringAt(Result.value("partialFingerprints", ordered_json::object()), "blastradius/v1"));
      Result.erase("ruleIndex"); // renumbered against the merged rules
      Into.Results.emplace(std::move(Key), std::move(Result));
    }
    for (const ordered_json &Invocation : Run.value("invocations", ordered_json::array())) {
      if (Invocation.contains("executionSuccessful") && Invocation["executionSuccessful"].is_boolean())
        Into.Successful = Into.Successful && Invocation["executionSuccessful"].get<bool>();
      for (const ordered_json &Note : Invocation.value("toolExecutionNotifications", ordered_json::array()))
        if (Into.SeenNotifications.insert(Note.dump()).second)
          Into.Notifications.push_back(Note);
    }
    const ordered_json Properties = Run.value("properties", ordered_json::object());
    Into.FilesAnalysed += static_cast<unsigned long>(numberAt(Properties, "filesAnalysed"));
    Into.FilesSkipped += static_cast<unsigned long>(numberAt(Properties, "filesSkipped"));
  }
  return true;
}

} // namespace

CommandRunner addMergeCommand(CLI::App &App) {
  struct Arguments {
    std::vector<std::string> Inputs;
    std::string Output;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand(
      "merge", "Merge blastradius SARIF logs (the shards of a scan) into one log, one run per category");
  Command->add_option("logs", Args->Inputs, "SARIF logs written by blastradius scan")->required();
  Command->add_option("--output,-o", Args->Output, "Write the merged log here (default: standard output)");
  return [Args]() -> int {
    std::map<std::string, MergedRun> Runs;
    std::set<std::string> SeenLogs;
    for (const std::string &Input : Args->Inputs) {
      std::string Error;
      if (!mergeLog(Input, Runs, SeenLogs, Error)) {
        std::cerr << "blastradius: error: " << Error << "\n";
        return ExitUsage;
      }
    }
    ordered_json OutRuns = ordered_json::array();
    for (auto &[Category, Run] : Runs) {
      ordered_json Rules = ordered_json::array();
      std::map<std::string, size_t> Index;
      for (auto &[Id, Rule] : Run.Rules) {
        Index[Id] = Rules.size();
        Rules.push_back(Rule);
      }
      ordered_json Results = ordered_json::array();
      for (auto &[Key, Result] : Run.Results) {
        ordered_json Ordered = {{"ruleId", Result["ruleId"]}};
        auto Found = Index.find(stringAt(Result, "ruleId"));
        if (Found != Index.end())
          Ordered["ruleIndex"] = Found->second;
        for (auto &[Name, Value] : Result.items())
          if (Name != "ruleId")
            Ordered[Name] = Value;
        Results.push_back(std::move(Ordered));
      }
      ordered_json Driver = Run.Driver;
      Driver["rules"] = std::move(Rules);
      ordered_json OutRun;
      OutRun["tool"] = {{"driver", std::move(Driver)}};
      if (!Category.empty())
        OutRun["automationDetails"] = {{"id", Category}};
      if (!Run.OriginalUriBaseIds.empty())
        OutRun["originalUriBaseIds"] = Run.OriginalUriBaseIds;
      OutRun["columnKind"] = "unicodeCodePoints";
      OutRun["invocations"] = ordered_json::array(
          {{{"executionSuccessful", Run.Successful}, {"toolExecutionNotifications", Run.Notifications}}});
      OutRun["results"] = std::move(Results);
      OutRun["properties"] = {{"filesAnalysed", Run.FilesAnalysed}, {"filesSkipped", Run.FilesSkipped}};
      OutRuns.push_back(std::move(OutRun));
    }
    ordered_json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", std::move(OutRuns)}};
    std::string Text = Log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (Args->Output.empty() || Args->Output == "-") {
      std::cout << Text;
      return ExitClean;
    }
    std::ofstream Out(Args->Output, std::ios::binary | std::ios::trunc);
    Out << Text;
    if (!Out) {
      std::cerr << "blastradius: error: cannot write " << Args->Output << "\n";
      return ExitUsage;
    }
    return ExitClean;
  };
}

} // namespace blastradius::tools
