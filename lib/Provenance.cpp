#include "Provenance.h"

#include "Git.h"
#include "Process.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace blastradius {

const std::vector<std::string> &defaultProvenancePatterns() {
  // Trailers the assistants (or their users) write, and the footers some tools add to messages.
  static const std::vector<std::string> Patterns = {
      R"((?im)^(?:co-authored-by|assisted-by|generated-by|ai-assisted-by):.*\b(?:copilot|claude|anthropic|chatgpt|openai|gpt-?\d|codex|cursor|codeium|windsurf|devin|aider|gemini|bard|tabnine|codewhisperer|amazon q|cody|jules|sweep|replit|bolt|lovable)\b)",
      R"((?im)^(?:assisted-by|generated-by|ai-assisted-by):\s*\S)",
      R"((?i)generated (?:with|by) \[?(?:claude code|github copilot|cursor|aider|chatgpt|codex))",
  };
  return Patterns;
}

namespace {

/// Final line -> commit, from `git blame --porcelain` (only the header lines carry commits).
std::map<unsigned, std::string> blameLines(const std::string &Root, const std::string &Path,
                                           const std::set<unsigned> &Lines) {
  std::vector<std::string> Arguments = {"blame", "--porcelain", "--no-textconv"};
  for (unsigned Line : Lines)
    Arguments.push_back("-L" + std::to_string(Line) + "," + std::to_string(Line));
  Arguments.push_back("--");
  Arguments.push_back(Path);
  ProcessResult Blame = runGit(Arguments, Root);
  std::map<unsigned, std::string> Commits;
  if (Blame.ExitCode != 0)
    return Commits;
  static const RE2 Header(R"(^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$)");
  std::istringstream In(Blame.Stdout);
  std::string Line;
  while (std::getline(In, Line)) {
    std::string Commit;
    unsigned Final = 0;
    if (RE2::FullMatch(Line, Header, &Commit, &Final) && Commit.find_first_not_of('0') != std::string::npos)
      Commits[Final] = Commit;
  }
  return Commits;
}

} // namespace

void markProvenance(Report &R, const std::vector<std::string> &Patterns, bool Raise) {
  std::vector<std::unique_ptr<RE2>> Compiled;
  for (const std::string &Pattern : Patterns) {
    auto Regex = std::make_unique<RE2>(Pattern);
    if (Regex->ok())
      Compiled.push_back(std::move(Regex));
  }
  // The whole region of each finding (capped: a finding spanning a whole file is judged by its
  // first lines), so a risky value an assistant changed inside an older block is caught too.
  constexpr unsigned MaxRegionLines = 50;
  std::map<std::string, std::set<unsigned>> LinesByFile;
  for (const Finding &F : R.Findings)
    for (unsigned Line = F.Start.Line; Line <= std::max(F.Start.Line, F.End.Line) &&
                                       Line < F.Start.Line + MaxRegionLines;
         ++Line)
      LinesByFile[F.Path].insert(Line);
  if (LinesByFile.empty())
    return;
  if (gitTopLevel(R.SourceRoot).empty()) {
    Notification N;
    N.Path = ".";
    N.Kind = "provenance-unavailable";
    N.Message = "--provenance needs a git repository; findings are not marked";
    N.NotificationLevel = Level::Warning;
    N.Skipped = false;
    R.Notifications.push_back(std::move(N));
    return;
  }
  std::map<std::string, std::map<unsigned, std::string>> Blamed;
  for (const auto &[Path, Lines] : LinesByFile)
    Blamed[Path] = blameLines(R.SourceRoot, Path, Lines);
  std::map<std::string, bool> Assisted; // commit -> matches
  auto IsAssisted = [&](const std::string &Commit) {
    auto Known = Assisted.find(Commit);
    if (Known == Assisted.end()) {
      ProcessResult Show = runGit({"show", "-s", "--format=%B", Commit}, R.SourceRoot);
      bool Matches = false;
      for (const auto &Regex : Compiled)
        Matches = Matches || (Show.ExitCode == 0 && RE2::PartialMatch(Show.Stdout, *Regex));
      Known = Assisted.emplace(Commit, Matches).first;
    }
    return Known->second;
  };
  for (Finding &F : R.Findings) {
    auto &Lines = Blamed[F.Path];
    std::string Commit;
    for (unsigned Line = F.Start.Line; Commit.empty() && Line <= std::max(F.Start.Line, F.End.Line) &&
                                       Line < F.Start.Line + MaxRegionLines;
         ++Line) {
      auto Found = Lines.find(Line);
      // Lines not committed yet, or not in git, have no commit to read.
      if (Found != Lines.end() && IsAssisted(Found->second))
        Commit = Found->second;
    }
    if (Commit.empty())
      continue;
    F.AiAssisted = true;
    F.AiCommit = Commit.substr(0, 12);
    if (Raise && F.FindingLevel != Level::Error && F.FindingLevel != Level::None) {
      Level From = F.FindingLevel;
      F.FindingLevel = From == Level::Note ? Level::Warning : Level::Error;
      F.Message += " (raised from " + std::string(levelName(From)) + ": AI-assisted change " + F.AiCommit + ")";
    }
  }
}

} // namespace blastradius
