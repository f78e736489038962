// SARIF 2.1.0 as GitHub code scanning accepts it: every rule with help and helpUri, results with
// repository-relative locations, snippets and stable partialFingerprints, suppressions with their
// justification, and a notification for every file that was not (fully) analysed.
#include "Writers.h"

#include "RuleText.h"
#include "StringHelpers.h"

#include <zlib.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>

namespace blastradius {

using nlohmann::ordered_json;

namespace {

constexpr const char *SourceRootId = "%SRCROOT%";

std::string encodeUriPath(const std::string &Path) { return percentEncodePath(Path); }

ordered_json artifactLocation(const std::string &Path) {
  if (!Path.empty() && Path[0] == '/')
    return {{"uri", "file://" + encodeUriPath(Path)}};
  return {{"uri", encodeUriPath(Path)}, {"uriBaseId", SourceRootId}};
}

ordered_json ruleDescriptor(const Rule &R) {
  ordered_json Tags = ordered_json::array({R.Family, "blastradius"});
  for (const std::string &Language : R.Languages)
    Tags.push_back(Language);
  for (const std::string &Cwe : R.Cwe) {
    std::string Lower = Cwe;
    for (char &C : Lower)
      C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    Tags.push_back("external/cwe/" + Lower);
  }
  // GitHub reads security-severity only from rules tagged "security".
  if (!R.SecuritySeverity.empty() || R.Family == "broad-permission" || R.Family == "deletion-protection-off")
    Tags.push_back("security");
  ordered_json Properties = {{"tags", Tags}, {"precision", R.Precision}, {"family", R.Family},
                             {"language", R.Language}};
  if (R.Languages.size() > 1)
    Properties["languages"] = R.Languages;
  if (!R.SecuritySeverity.empty())
    Properties["security-severity"] = R.SecuritySeverity;
  ordered_json Descriptor = {{"id", R.Id}, {"name", R.Name}};
  if (!R.DeprecatedIds.empty())
    Descriptor["deprecatedIds"] = R.DeprecatedIds;
  Descriptor["shortDescription"] = {{"text", shortDescription(R)}};
  Descriptor["fullDescription"] = {{"text", fullDescription(R)}};
  Descriptor["defaultConfiguration"] = {{"level", levelName(R.DefaultLevel)}};
  // Only a configured documentation host: GitHub shows help.markdown (the whole page) without it.
  std::string Uri = helpUri(R);
  if (!Uri.empty())
    Descriptor["helpUri"] = Uri;
  std::string Page = helpMarkdown(R);
  Descriptor["help"] = {{"text", Page}, {"markdown", Page}};
  Descriptor["properties"] = std::move(Properties);
  return Descriptor;
}

ordered_json region(const Position &Start, const Position &End, const std::string &Snippet) {
  ordered_json Region = {{"startLine", Start.Line}, {"startColumn", Start.Column}};
  if (End.Line > Start.Line || (End.Line == Start.Line && End.Column > Start.Column)) {
    Region["endLine"] = End.Line;
    Region["endColumn"] = End.Column;
  }
  if (!Snippet.empty())
    Region["snippet"] = {{"text", Snippet}};
  return Region;
}

} // namespace

namespace {

std::string serialize(const ordered_json &Log) {
  return Log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

/// The size of Text compressed with zlib at the default level: what a gzip upload weighs, within
/// a few header bytes. Counted through a small buffer: a 30 MB log need not be compressed into a
/// second 30 MB one only to be measured.
size_t compressedSize(const std::string &Text) {
  z_stream Stream{};
  if (deflateInit(&Stream, Z_DEFAULT_COMPRESSION) != Z_OK)
    return Text.size();
  std::vector<Bytef> Buffer(1 << 16);
  Stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(Text.data()));
  Stream.avail_in = static_cast<uInt>(Text.size());
  size_t Size = 0;
  int Status = Z_OK;
  while (Status == Z_OK) {
    Stream.next_out = Buffer.data();
    Stream.avail_out = static_cast<uInt>(Buffer.size());
    Status = deflate(&Stream, Z_FINISH);
    Size += Buffer.size() - Stream.avail_out;
  }
  deflateEnd(&Stream);
  return Status == Z_STREAM_END ? Size : Text.size();
}

/// The order results are kept in when a log must shrink: errors, then warnings, then the rest.
int levelRank(std::string_view Level) { return Level == "error" ? 0 : Level == "warning" ? 1 : 2; }

int severityRank(const ordered_json &Result) { return levelRank(Result.value("level", "warning")); }

/// Keeps a log within GitHub's compressed upload size (OutputOptions::MaxCompressedBytes), after
/// writeSarif kept at most MaxResults of the Total results: when something must go, errors stay
/// before warnings before notes, in canonical order within a level, so the cut is deterministic; a
/// notification says what was dropped. Returns the log's text when it had to serialize the final
/// log to measure it (the usual case: nothing is cut), so that the writer does not serialize it a
/// second time.
std::optional<std::string> capForUpload(ordered_json &Log, const OutputOptions &Options, size_t Total) {
  ordered_json &Run = Log["runs"][0];
  size_t Keep = Run["results"].size();
  // The notification added below needs room too: keep a little under the limit.
  size_t Budget = Options.MaxCompressedBytes > 2048 ? Options.MaxCompressedBytes - 1024 : Options.MaxCompressedBytes;
  if (Options.MaxCompressedBytes) {
    // The compressed size is only known from the text; a log that fits keeps every result.
    std::string Text = serialize(Log);
    if (Text.size() <= Budget || compressedSize(Text) <= Budget) {
      if (Keep == Total)
        return Text;
    } else {
      // A tenth fewer results at a time until the log fits.
      const ordered_json Kept = std::move(Run["results"]);
      std::vector<size_t> Priority(Kept.size());
      for (size_t I = 0; I < Priority.size(); ++I)
        Priority[I] = I;
      std::stable_sort(Priority.begin(), Priority.end(),
                       [&](size_t A, size_t B) { return severityRank(Kept[A]) < severityRank(Kept[B]); });
      while (Keep > 0) {
        Keep = Keep * 9 / 10;
        std::vector<size_t> First(Priority.begin(), Priority.begin() + static_cast<long>(Keep));
        std::sort(First.begin(), First.end());
        ordered_json Capped = ordered_json::array();
        for (size_t I : First)
          Capped.push_back(Kept[I]);
        Run["results"] = std::move(Capped);
        std::string Smaller = serialize(Log);
        if (Smaller.size() <= Budget || compressedSize(Smaller) <= Budget)
          break;
      }
    }
  }
  if (Keep == Total)
    return std::nullopt;
  Run["invocations"][0]["toolExecutionNotifications"].push_back(
      {{"level", "warning"},
       {"message",
        {{"text", "results capped for upload: " + std::to_string(Keep) + " of " + std::to_string(Total) +
                      " kept, errors first (GitHub code scanning accepts at most 25,000 results and 10 MB gzipped "
                      "per upload); split the scan with --shard or --category, or see the JSON report for all"}}},
       {"descriptor", {{"id", "results-capped"}}}});
  Run["properties"]["resultsCapped"] = {{"kept", Keep}, {"total", Total}};
  return std::nullopt;
}

/// The findings a log holds: all of them, or at most MaxResults, errors before warnings before
/// notes and canonical order within a level, chosen before any JSON is built (a 50,000-file scan
/// with 100,000 findings would otherwise hold every result's JSON to drop three in four).
std::vector<const Finding *> keptForUpload(std::vector<const Finding *> All, const OutputOptions &Options) {
  if (!Options.MaxResults || All.size() <= Options.MaxResults)
    return All;
  auto Rank = [](const Finding *F) { return levelRank(levelName(F->FindingLevel)); };
  std::vector<size_t> Priority(All.size());
  for (size_t I = 0; I < Priority.size(); ++I)
    Priority[I] = I;
  std::stable_sort(Priority.begin(), Priority.end(), [&](size_t A, size_t B) { return Rank(All[A]) < Rank(All[B]); });
  Priority.resize(Options.MaxResults);
  std::sort(Priority.begin(), Priority.end());
  std::vector<const Finding *> Kept;
  Kept.reserve(Priority.size());
  for (size_t I : Priority)
    Kept.push_back(All[I]);
  return Kept;
}

} // namespace

std::string writeSarif(const Report &R, const OutputOptions &Options) {
  ordered_json Rules = ordered_json::array();
  std::map<std::string, size_t> RuleIndex;
  for (const Rule *Meta : R.Rules) {
    RuleIndex[Meta->Id] = Rules.size();
    Rules.push_back(ruleDescriptor(*Meta));
  }

  ordered_json Results = ordered_json::array();
  std::vector<const Finding *> All;
  for (const Finding &F : R.Findings)
    All.push_back(&F);
  // GitHub has no "absent" state: it would show a fixed finding as an open alert. Opt in only.
  if (Options.SarifAbsent)
    for (const Finding &F : R.Absent)
      All.push_back(&F);
  size_t Total = All.size();
  for (const Finding *Each : keptForUpload(std::move(All), Options)) {
    const Finding &F = *Each;
    ordered_json Result = {{"ruleId", F.RuleId}};
    auto Index = RuleIndex.find(F.RuleId);
    if (Index != RuleIndex.end())
      Result["ruleIndex"] = Index->second;
    Result["level"] = levelName(F.FindingLevel);
    Result["message"] = {{"text", F.Message}};
    ordered_json Physical = {{"artifactLocation", artifactLocation(F.Path)},
                             {"region", region(F.Start, F.End, F.Snippet)}};
    Result["locations"] = ordered_json::array({{{"physicalLocation", Physical}}});
    if (!F.Related.empty()) {
      ordered_json Related = ordered_json::array();
      for (size_t I = 0; I < F.Related.size(); ++I)
        Related.push_back({{"id", I + 1},
                           {"physicalLocation",
                            {{"artifactLocation",
                              artifactLocation(F.Related[I].Path.empty() ? F.Path : F.Related[I].Path)},
                             {"region", region(F.Related[I].Start, F.Related[I].End, "")}}},
                           {"message", {{"text", F.Related[I].Message}}}});
      Result["relatedLocations"] = std::move(Related);
    }
    Result["partialFingerprints"] = {{"primaryLocationLineHash", F.LineHash}, {"blastradius/v1", F.Fingerprint}};
    if (F.Suppressed)
      Result["suppressions"] =
          ordered_json::array({{{"kind", F.Suppressed->Kind}, {"justification", F.Suppressed->Justification}}});
    if (!F.BaselineState.empty())
      Result["baselineState"] = F.BaselineState;
    if (!F.Tier.empty())
      Result["properties"]["tier"] = F.Tier;
    if (F.AiAssisted) {
      Result["properties"]["aiAssisted"] = true;
      Result["properties"]["aiCommit"] = F.AiCommit;
    }
    if (F.Untested)
      Result["properties"]["untested"] = true;
    if (F.ExecutionCount)
      Result["properties"]["executionCount"] = *F.ExecutionCount;
    // Change impact: which input produced it (the plan is ground truth, the diff an inference).
    if (!F.ImpactSource.empty())
      Result["properties"]["impactSource"] = F.ImpactSource;
    if (F.Fix) {
      ordered_json Inserted = {{"startLine", F.Fix->At.Line}, {"startColumn", F.Fix->At.Column},
                               {"endLine", F.Fix->At.Line}, {"endColumn", F.Fix->At.Column}};
      Result["fixes"] = ordered_json::array(
          {{{"description", {{"text", F.Fix->Description}}},
            {"artifactChanges",
             ordered_json::array({{{"artifactLocation", artifactLocation(F.Path)},
                                   {"replacements", ordered_json::array({{{"deletedRegion", Inserted},
                                                                          {"insertedContent",
                                                                           {{"text", F.Fix->Text}}}}})}}})}}});
    }
    Results.push_back(std::move(Result));
  }

  ordered_json Notifications = ordered_json::array();
  for (const Notification &N : R.Notifications) {
    ordered_json Physical = {{"artifactLocation", artifactLocation(N.Path)}};
    if (N.Where)
      Physical["region"] = {{"startLine", N.Where->Line}, {"startColumn", N.Where->Column}};
    Notifications.push_back({{"level", levelName(N.NotificationLevel)},
                             {"message", {{"text", (N.Skipped ? "skipped: " : "") + N.Message}}},
                             {"descriptor", {{"id", N.Kind}}},
                             {"locations", ordered_json::array({{{"physicalLocation", Physical}}})}});
  }

  ordered_json Run;
  Run["tool"] = {{"driver",
                  {{"name", "blastradius"},
                   {"semanticVersion", BLASTRADIUS_VERSION},
                   {"informationUri", BLASTRADIUS_HOMEPAGE},
                   {"rules", std::move(Rules)}}}};
  // GitHub reads automationDetails.id as "category/run-id": a bare category needs its slash.
  if (!Options.Category.empty())
    Run["automationDetails"] = {
        {"id", Options.Category.back() == '/' ? Options.Category : Options.Category + "/"}};
  Run["originalUriBaseIds"] = {{SourceRootId, {{"uri", "file://" + encodeUriPath(R.SourceRoot) + "/"}}}};
  Run["columnKind"] = "unicodeCodePoints";
  Run["invocations"] = ordered_json::array(
      {{{"executionSuccessful", !R.ExecutionFailed}, {"toolExecutionNotifications", std::move(Notifications)}}});
  Run["results"] = std::move(Results);
  Run["properties"] = {{"filesAnalysed", R.FilesAnalysed},
                       {"filesSkipped", R.skippedCount()},
                       {"skippedByKind", R.skippedByKind()}};

  ordered_json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", ordered_json::array({std::move(Run)})}};
  if (std::optional<std::string> Measured = capForUpload(Log, Options, Total))
    return std::move(*Measured);
  return serialize(Log);
}

} // namespace blastradius
