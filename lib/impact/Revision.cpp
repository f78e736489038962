#include "impact/Revision.h"

#include "Engine.h"
#include "Git.h"
#include "Process.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {

std::string trimmed(std::string Text) {
  while (!Text.empty() && (Text.back() == '\n' || Text.back() == '\r' || Text.back() == ' '))
    Text.pop_back();
  return Text;
}

std::vector<std::string> splitNul(const std::string &Text) {
  std::vector<std::string> Parts;
  size_t Start = 0;
  while (Start < Text.size()) {
    size_t End = Text.find('\0', Start);
    if (End == std::string::npos)
      End = Text.size();
    Parts.push_back(Text.substr(Start, End - Start));
    Start = End + 1;
  }
  return Parts;
}

} // namespace

std::string Revision::describe() const {
  return Commit.empty() ? "the work tree" : "revision " + Commit.substr(0, 12);
}

std::map<std::string, uint64_t> Revision::filesIn(const std::string &Directory) const {
  auto Cached = Listings.find(Directory);
  if (Cached != Listings.end())
    return Cached->second;
  std::map<std::string, uint64_t> Files;
  if (Commit.empty()) {
    std::error_code Ec;
    fs::path Dir = Directory.empty() ? fs::path(Top) : fs::path(Top) / Directory;
    for (fs::directory_iterator It(Dir, Ec), End; !Ec && It != End; It.increment(Ec)) {
      // Regular files only: a symlink could lead outside the repository.
      if (!It->is_regular_file(Ec) || It->is_symlink(Ec))
        continue;
      std::string Name = It->path().filename().string();
      Files[Directory.empty() ? Name : Directory + "/" + Name] = It->file_size(Ec);
    }
  } else {
    // `ls-tree -l` lists blobs with their sizes: a huge blob is refused before it is read.
    std::vector<std::string> Arguments = {"ls-tree", "-l", "-z", "--full-tree", Commit, "--"};
    if (!Directory.empty())
      Arguments.push_back(Directory + "/");
    ProcessResult Listing = runProcess(gitCommand(Arguments), Top);
    if (Listing.ExitCode == 0)
      for (const std::string &Line : splitNul(Listing.Stdout)) {
        // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
        size_t Tab = Line.find('\t');
        if (Tab == std::string::npos || Line.compare(0, 6, "100644") != 0 && Line.compare(0, 6, "100755") != 0)
          continue;
        size_t SizeStart = Line.find_last_of(' ', Tab);
        uint64_t Size = std::strtoull(Line.c_str() + SizeStart + 1, nullptr, 10);
        Files[Line.substr(Tab + 1)] = Size;
      }
  }
  Listings[Directory] = Files;
  return Files;
}

bool Revision::exists(const std::string &Path) const {
  std::string Directory = fs::path(Path).parent_path().generic_string();
  return filesIn(Directory).count(Path) != 0;
}

std::optional<std::string> Revision::read(const std::string &Path, std::string &Error) const {
  std::string Directory = fs::path(Path).parent_path().generic_string();
  auto Files = filesIn(Directory);
  auto Found = Files.find(Path);
  if (Found == Files.end())
    return std::nullopt;
  if (Found->second > MaxFileSize) {
    Error = Path + " in " + describe() + " is larger than the size limit (" + std::to_string(Found->second) +
            " bytes): its change impact was not analysed";
    return std::nullopt;
  }
  if (Commit.empty()) {
    std::string Content, Kind;
    if (!readWholeFile((fs::path(Top) / Path).string(), MaxFileSize, Content, Kind, Error))
      return std::nullopt;
    return Content;
  }
  // `cat-file blob` gives the stored bytes: no textconv, no smudge filter from .gitattributes.
  ProcessResult Blob = runProcess(gitCommand({"cat-file", "blob", Commit + ":" + Path}), Top);
  if (Blob.ExitCode != 0) {
    Error = "cannot read " + Path + " from " + describe() + ": " + trimmed(Blob.Stderr);
    return std::nullopt;
  }
  return Blob.Stdout;
}

std::string resolveCommit(const std::string &Top, const std::string &Rev, const std::string &Flag,
                          std::string &Error) {
  // A revision is never an option: "--output=/etc/x" must not reach git as one.
  if (Rev.empty() || Rev[0] == '-') {
    Error = Flag + ": '" + Rev + "' is not a revision";
    return "";
  }
  ProcessResult Resolved =
      runProcess(gitCommand({"rev-parse", "--verify", "--quiet", "--end-of-options", Rev + "^{commit}"}), Top);
  if (Resolved.ExitCode != 0) {
    Error = Flag + ": unknown revision '" + Rev + "'";
    return "";
  }
  return trimmed(Resolved.Stdout);
}

bool changedPaths(const std::string &Top, const std::string &BaseCommit, const std::string &HeadCommit,
                  std::vector<std::string> &Paths, std::string &Error) {
  std::vector<std::string> Arguments = {"diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv",
                                        BaseCommit};
  if (!HeadCommit.empty())
    Arguments.push_back(HeadCommit);
  Arguments.push_back("--");
  ProcessResult Diff = runProcess(gitCommand(Arguments), Top);
  if (Diff.ExitCode != 0) {
    Error = "git diff failed: " + trimmed(Diff.Stderr);
    return false;
  }
  std::set<std::string> All;
  for (std::string &Path : splitNul(Diff.Stdout))
    if (!Path.empty())
      All.insert(std::move(Path));
  if (HeadCommit.empty()) {
    ProcessResult Untracked = runProcess(gitCommand({"ls-files", "-z", "--others", "--exclude-standard"}), Top);
    if (Untracked.ExitCode == 0)
      for (std::string &Path : splitNul(Untracked.Stdout))
        if (!Path.empty())
          All.insert(std::move(Path));
  }
  Paths.assign(All.begin(), All.end());
  return true;
}

} // namespace blastradius::impact
