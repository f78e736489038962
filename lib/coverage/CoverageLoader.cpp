#include "coverage/CoverageLoader.h"

#include "RepositoryFiles.h"

#include "RepositoryFiles.h"
#include "coverage/CoverageFormats.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace blastradius::coverage {

namespace {

/// Coverage files of big projects run to hundreds of megabytes; beyond this, something is wrong.
constexpr uint64_t MaxCoverageFileSize = 2ull * 1024 * 1024 * 1024;
/// Unmapped paths named in the summary; the rest are counted.
constexpr size_t MaxNamedUnmapped = 5;

Notification note(const std::string &Path, unsigned Line, std::string Kind, std::string Message,
                  Level L = Level::Warning) {
  Notification N;
  N.Path = Path;
  N.Kind = std::move(Kind);
  N.Message = std::move(Message);
  N.NotificationLevel = L;
  N.Skipped = false;
  if (Line)
    N.Where = Position{Line, 1};
  return N;
}

} // namespace

CoverageLoader::CoverageLoader(std::string SourceRoot, std::vector<PrefixRule> Prefixes,
                               std::function<bool(const std::string &)> IsScanned)
    : SourceRoot(std::move(SourceRoot)), Mapper(this->SourceRoot, std::move(Prefixes), std::move(IsScanned)) {}

std::string CoverageLoader::displayPath(const std::string &File) const {
  std::error_code Ec;
  fs::path Absolute = fs::absolute(File, Ec).lexically_normal();
  fs::path Relative = Absolute.lexically_relative(fs::path(SourceRoot).lexically_normal());
  if (!Ec && !Relative.empty() && *Relative.begin() != "..")
    return Relative.generic_string();
  return File;
}

unsigned CoverageLoader::sourceLineCount(const std::string &Relative) const {
  // Only a regular file reached without a symlink: a link to a file outside the repository must
  // not reveal its line count through the mismatch notification.
  std::optional<std::string> Read =
      readFileInsideRoot(SourceRoot, (fs::path(SourceRoot) / ".").string(), Relative, MaxCoverageFileSize);
  if (!Read)
    return 0;
  const std::string &Content = *Read;
  unsigned Lines = static_cast<unsigned>(std::count(Content.begin(), Content.end(), '\n'));
  return Lines + (!Content.empty() && Content.back() != '\n' ? 1 : 0);
}

LoadedCoverage CoverageLoader::load(const std::vector<std::string> &Files) const {
  LoadedCoverage Out;
  std::vector<std::string> Shown;
  std::vector<std::string> Unmapped;
  size_t MoreUnmapped = 0;
  std::map<std::string, unsigned> LineCounts;
  for (const std::string &File : Files) {
    std::string Display = displayPath(File);
    Shown.push_back(Display);
    std::string Content, Kind, Error;
    if (!readWholeFile(File, MaxCoverageFileSize, Content, Kind, Error)) {
      Out.Notifications.push_back(note(Display, 0, "coverage-unreadable", "cannot read the coverage file: " + Error));
      continue;
    }
    CoverageFormat Format = detectCoverageFormat(Content);
    ParsedCoverage Parsed;
    switch (Format) {
    case CoverageFormat::Lcov: parseLcov(Content, Parsed); break;
    case CoverageFormat::LlvmCovJson: parseLlvmCovJson(Content, Parsed); break;
    case CoverageFormat::Cobertura: parseCobertura(Content, Parsed); break;
    case CoverageFormat::Binary:
      Parsed.problem(1, "a binary file, not a coverage report (convert .gcda with gcov/lcov, .profraw with "
                        "llvm-profdata merge and llvm-cov export)");
      break;
    case CoverageFormat::Unknown:
      Parsed.problem(1, "not a coverage report: expected an LCOV tracefile, `llvm-cov export` JSON or Cobertura XML");
      break;
    }
    for (const ParsedCoverage::Problem &P : Parsed.Problems)
      Out.Notifications.push_back(note(Display, P.Line, P.Kind, std::string(formatName(Format)) + ": " + P.Message));
    if (Parsed.MoreProblems)
      Out.Notifications.push_back(note(Display, 0, "coverage-malformed",
                                       "and " + std::to_string(Parsed.MoreProblems) + " more problems in this file"));

    std::error_code Ec;
    std::string Directory = fs::absolute(File, Ec).parent_path().lexically_normal().string();
    for (FileRecord &Record : Parsed.Records) {
      ++Out.Records;
      MappedPath Mapped = Mapper.map(Record.Path, Record.BaseDirectories, Directory);
      if (Mapped.Path.empty()) {
        if (Unmapped.size() < MaxNamedUnmapped)
          Unmapped.push_back(Record.Path + " (" + Mapped.Reason + ")");
        else
          ++MoreUnmapped;
        continue;
      }
      // Coverage of another version of the file would mark the wrong lines: leave it out.
      auto Count = LineCounts.find(Mapped.Path);
      if (Count == LineCounts.end())
        Count = LineCounts.emplace(Mapped.Path, sourceLineCount(Mapped.Path)).first;
      unsigned Last = Record.Data.lastLine();
      if (Last > Count->second) {
        Out.Notifications.push_back(note(Display, Record.Line, "coverage-mismatch",
                                         "coverage of '" + Record.Path + "' names line " + std::to_string(Last) +
                                             " but " + Mapped.Path + " has " + std::to_string(Count->second) +
                                             " lines: it is from another version of the file; not used"));
        if (Unmapped.size() < MaxNamedUnmapped)
          Unmapped.push_back(Record.Path + " (mismatched)");
        else
          ++MoreUnmapped;
        continue;
      }
      ++Out.Mapped;
      Out.Data.add(Mapped.Path).merge(Record.Data);
    }
  }

  std::string Message = "coverage: " + std::to_string(Out.Mapped) + " of " + std::to_string(Out.Records) +
                        " file records mapped to the repository (files: ";
  for (size_t I = 0; I < Shown.size(); ++I)
    Message += (I ? ", " : "") + Shown[I];
  Message += ")";
  if (!Unmapped.empty()) {
    Message += "; not mapped: ";
    for (size_t I = 0; I < Unmapped.size(); ++I)
      Message += (I ? ", " : "") + Unmapped[I];
    if (MoreUnmapped)
      Message += " and " + std::to_string(MoreUnmapped) + " more";
    Message += " (see --coverage-prefix)";
  }
  // Matching nothing at all is the silent failure to avoid: then it is a warning that text shows.
  Out.Notifications.push_back(note(Shown.empty() ? "." : Shown.front(), 0, "coverage-summary", Message,
                                   Out.Mapped == 0 ? Level::Warning : Level::Note));
  return Out;
}

} // namespace blastradius::coverage
