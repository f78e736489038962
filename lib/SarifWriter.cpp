// SARIF 2.1.0 as GitHub code scanning accepts it: every rule with help and helpUri, results with
// repository-relative locations, snippets and stable partialFingerprints, suppressions with their
// justification, and a notification for every file that was not (fully) analysed.
#include "Writers.h"

#include "RuleText.h"
#include "StringHelpers.h"

#include <zlib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>

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

/// Where results sit in the log (runs[0].results[i]): four levels of two spaces.
constexpr size_t ResultIndent = 8;

/// The results of a log, each one's text as dumping the whole log would write it (its inner lines
/// indented for its place), with its level's rank. A log of 25,000 results is never one JSON tree
/// (several hundred bytes of nodes per result, more than its text): each result is dumped as soon
/// as it is built, and the log's text is put together from these.
struct RenderedResults {
  std::vector<std::string> Texts;
  std::vector<int> Ranks;

  void add(const ordered_json &Result) {
    std::string Dumped = Result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    // Dumped strings escape every control character: each '\n' is between two JSON tokens.
    std::string Text;
    Text.reserve(Dumped.size() + ResultIndent * static_cast<size_t>(std::count(Dumped.begin(), Dumped.end(), '\n')));
    for (char C : Dumped) {
      Text += C;
      if (C == '\n')
        Text.append(ResultIndent, ' ');
    }
    Texts.push_back(std::move(Text));
    Ranks.push_back(levelRank(Result.value("level", "warning")));
  }
};

/// The text of Log with the results at Selection (indices into Results, in order; all of them when
/// null) as runs[0].results: byte for byte what serialize gives for the log holding those results.
std::string serializeWith(ordered_json &Log, const RenderedResults &Results, const std::vector<size_t> *Selection) {
  // The log without its results, a placeholder in their place. Only the real key can match: a
  // quote inside a dumped string is escaped, and everything after the results is the tool's own.
  Log["runs"][0]["results"] = nullptr;
  std::string Skeleton = serialize(Log);
  constexpr std::string_view Placeholder = "\"results\": null";
  size_t At = Skeleton.rfind(Placeholder);
  size_t Count = Selection ? Selection->size() : Results.Texts.size();
  auto TextAt = [&](size_t I) -> const std::string & { return Results.Texts[Selection ? (*Selection)[I] : I]; };
  size_t Size = Skeleton.size() + 16 + ResultIndent;
  for (size_t I = 0; I < Count; ++I)
    Size += ResultIndent + TextAt(I).size() + 2;
  std::string Text;
  Text.reserve(Size);
  Text.append(Skeleton, 0, At + Placeholder.size() - 4);
  if (Count == 0) {
    Text += "[]";
  } else {
    Text += "[\n";
    for (size_t I = 0; I < Count; ++I) {
      Text.append(ResultIndent, ' ');
      Text += TextAt(I);
      Text += I + 1 < Count ? ",\n" : "\n";
    }
    Text.append(ResultIndent - 2, ' ');
    Text += ']';
  }
  Text.append(Skeleton, At + Placeholder.size(), std::string::npos);
  return Text;
}

/// Keeps a log within GitHub's compressed upload size (OutputOptions::MaxCompressedBytes), after
/// writeSarif kept at most MaxResults of the Total results: when something must go, errors stay
/// before warnings before notes, in canonical order within a level, so the cut is deterministic; a
/// notification says what was dropped. Returns the log's text.
std::string capForUpload(ordered_json &Log, const RenderedResults &Results, const OutputOptions &Options,
                         size_t Total) {
  size_t Keep = Results.Texts.size();
  std::vector<size_t> First;
  bool Cut = false;
  // The notification added below needs room too: keep a little under the limit.
  size_t Budget = Options.MaxCompressedBytes > 2048 ? Options.MaxCompressedBytes - 1024 : Options.MaxCompressedBytes;
  if (Options.MaxCompressedBytes) {
    // The compressed size is only known from the text; a log that fits keeps every result.
    std::string Text = serializeWith(Log, Results, nullptr);
    if (Text.size() <= Budget || compressedSize(Text) <= Budget) {
      if (Keep == Total)
        return Text;
    } else {
      Text.clear();
      Text.shrink_to_fit();
      // A tenth fewer results at a time until the log fits.
      std::vector<size_t> Priority(Keep);
      for (size_t I = 0; I < Priority.size(); ++I)
        Priority[I] = I;
      std::stable_sort(Priority.begin(), Priority.end(),
                       [&](size_t A, size_t B) { return Results.Ranks[A] < Results.Ranks[B]; });
      Cut = true;
      while (Keep > 0) {
        Keep = Keep * 9 / 10;
        First.assign(Priority.begin(), Priority.begin() + static_cast<long>(Keep));
        std::sort(First.begin(), First.end());
        std::string Smaller = serializeWith(Log, Results, &First);
        if (Smaller.size() <= Budget || compressedSize(Smaller) <= Budget)
          break;
      }
    }
  }
  if (Keep == Total)
    return serializeWith(Log, Results, nullptr);
  ordered_json &Run = Log["runs"][0];
  Run["invocations"][0]["toolExecutionNotifications"].push_back(
      {{"level", "warning"},
       {"message",
        {{"text", "results capped for upload: " + std::to_string(Keep) + " of " + std::to_string(Total) +
                      " kept, errors first (GitHub code scanning accepts at most 25,000 results and 10 MB gzipped "
                      "per upload); split the scan with --shard or --category, or see the JSON report for all"}}},
       {"descriptor", {{"id", "results-capped"}}}});
  Run["properties"]["resultsCapped"] = {{"kept", Keep}, {"total", Total}};
  return serializeWith(Log, Results, Cut ? &First : nullptr);
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

  RenderedResults Results;
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
    Results.add(Result);
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
  Run["results"] = nullptr; // runs[0].results: RenderedResults, put in by serializeWith
  Run["properties"] = {{"filesAnalysed", R.FilesAnalysed},
                       {"filesSkipped", R.skippedCount()},
                       {"skippedByKind", R.skippedByKind()}};

  ordered_json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", ordered_json::array({std::move(Run)})}};
  return capForUpload(Log, Results, Options, Total);
}

} // namespace blastradius
