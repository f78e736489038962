#include "ChangedLines.h"

#include "Git.h"
#include "Process.h"

#include <re2/re2.h>

#include <algorithm>
#include <climits>
#include <set>
#include <filesystem>

namespace fs = std::filesystem;

namespace blastradius {

bool ChangedLines::touches(const std::string &AbsolutePath, unsigned FirstLine, unsigned LastLine) const {
  auto Found = Files.find(AbsolutePath);
  if (Found == Files.end())
    return false;
  for (const auto &[First, Last] : Found->second)
    if (First <= LastLine && FirstLine <= Last)
      return true;
  return false;
}

namespace {

std::string trimmed(std::string Text) {
  while (!Text.empty() && (Text.back() == '\n' || Text.back() == '\r'))
    Text.pop_back();
  return Text;
}

/// git quotes unusual paths ("a\tb.sh"): undo C-style quoting.
std::string unquotePath(const std::string &Path) {
  if (Path.size() < 2 || Path.front() != '"' || Path.back() != '"')
    return Path;
  std::string Out;
  for (size_t I = 1; I + 1 < Path.size(); ++I) {
    char C = Path[I];
    if (C != '\\' || I + 2 >= Path.size()) {
      Out += C;
      continue;
    }
    char E = Path[++I];
    if (E >= '0' && E <= '7' && I + 2 < Path.size()) {
      Out += static_cast<char>(((E - '0') << 6) | ((Path[I + 1] - '0') << 3) | (Path[I + 2] - '0'));
      I += 2;
    } else {
      Out += E == 'n' ? '\n' : E == 't' ? '\t' : E;
    }
  }
  return Out;
}

} // namespace

void parseUnifiedDiff(const std::string &Diff, const std::string &Top, ChangedLines &Out) {
  static const RE2 Hunk(R"(^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@)");
  std::string Current;
  // Headers ("+++ b/path") only between a "diff --git" line and its first hunk: inside a hunk, an
  // added line whose text starts with "++ " also begins with "+++ ".
  bool InHeader = false;
  // `--raw` lines (":100644 100644 <old> <new> M<TAB>path", two paths for a rename) come before
  // the first patch.
  bool InRaw = true;
  std::set<std::string> Touched(Out.Paths.begin(), Out.Paths.end());
  size_t Start = 0;
  while (Start < Diff.size()) {
    size_t End = Diff.find('\n', Start);
    if (End == std::string::npos)
      End = Diff.size();
    std::string Line = Diff.substr(Start, End - Start);
    Start = End + 1;
    if (InRaw && !Line.empty() && Line[0] == ':') {
      size_t Tab = Line.find('\t');
      while (Tab != std::string::npos) {
        size_t Next = Line.find('\t', Tab + 1);
        std::string Path = unquotePath(Line.substr(Tab + 1, Next == std::string::npos ? std::string::npos : Next - Tab - 1));
        if (!Path.empty())
          Touched.insert(Path);
        Tab = Next;
      }
      continue;
    }
    if (Line.rfind("diff --git ", 0) == 0) {
      InRaw = false;
      InHeader = true;
      Current.clear();
      continue;
    }
    if (InHeader && Line.rfind("+++ ", 0) == 0) {
      std::string Path = unquotePath(Line.substr(4));
      Current = Path.rfind("b/", 0) == 0 ? (fs::path(Top) / Path.substr(2)).lexically_normal().string() : "";
      if (!Current.empty())
        Out.Files[Current]; // present, possibly with no added lines (a pure rename)
      continue;
    }
    if (Line.rfind("@@", 0) != 0)
      continue;
    InHeader = false;
    unsigned First = 0, Count = 1;
    std::string CountText;
    if (!Current.empty() && RE2::PartialMatch(Line, Hunk, &First, &CountText)) {
      if (!CountText.empty())
        Count = static_cast<unsigned>(std::stoul(CountText));
      if (Count > 0)
        Out.Files[Current].push_back({First, First + Count - 1});
    }
  }
  Out.Paths.assign(Touched.begin(), Touched.end());
}

bool computeChangedLines(const std::string &Directory, const std::string &BaseRevision, ChangedLines &Out,
                         std::string &Error) {
  std::string Top = gitTopLevel(Directory);
  if (Top.empty()) {
    Error = "--diff-base needs a git work tree, and " + Directory + " is not in one";
    return false;
  }
  // A revision is never an option: "--output=/etc/x" must not reach git as one.
  if (BaseRevision.empty() || BaseRevision[0] == '-') {
    Error = "--diff-base: '" + BaseRevision + "' is not a revision";
    return false;
  }
  ProcessResult Base =
      runGit({"rev-parse", "--verify", "--quiet", "--end-of-options", BaseRevision + "^{commit}"}, Top);
  if (Base.ExitCode != 0) {
    Error = "--diff-base: unknown revision '" + BaseRevision + "'";
    return false;
  }
  ProcessResult MergeBase = runGit({"merge-base", trimmed(Base.Stdout), "HEAD"}, Top);
  if (MergeBase.ExitCode != 0) {
    Error = "--diff-base: '" + BaseRevision + "' and HEAD have no common ancestor";
    return false;
  }
  Out.MergeBase = trimmed(MergeBase.Stdout);
  // The work tree against the merge base: committed and uncommitted changes of the branch alike.
  // --text: a `-diff` or `binary` attribute in the repository must not hide a change from the
  // analysis (it would print "Binary files differ" and no hunk); the analysis reads text itself.
  // --raw beside the patch lists every touched path (deletions too, which --irreversible-delete
  // keeps to a header) for the change-impact layer, in the same git process.
  ProcessResult Diff = runGit({"diff", "-U0", "--raw", "--no-color", "--no-ext-diff", "--no-textconv", "--text",
                               "--ignore-submodules=all", "-M", "--irreversible-delete", "--src-prefix=a/",
                               "--dst-prefix=b/", Out.MergeBase, "--"},
                              Top);
  if (Diff.ExitCode != 0) {
    Error = "--diff-base: git diff failed: " + trimmed(Diff.Stderr);
    return false;
  }
  parseUnifiedDiff(Diff.Stdout, Top, Out);
  ProcessResult Untracked = runGit({"ls-files", "-z", "--others", "--exclude-standard"}, Top);
  if (Untracked.ExitCode == 0) {
    size_t Start = 0;
    while (Start < Untracked.Stdout.size()) {
      size_t End = Untracked.Stdout.find('\0', Start);
      if (End == std::string::npos)
        End = Untracked.Stdout.size();
      if (End > Start) {
        std::string Path = Untracked.Stdout.substr(Start, End - Start);
        Out.Files[(fs::path(Top) / Path).lexically_normal().string()] = {{1u, UINT_MAX}};
        auto At = std::lower_bound(Out.Paths.begin(), Out.Paths.end(), Path);
        if (At == Out.Paths.end() || *At != Path)
          Out.Paths.insert(At, Path);
      }
      Start = End + 1;
    }
  }
  return true;
}

} // namespace blastradius
