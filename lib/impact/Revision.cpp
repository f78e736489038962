#include "impact/Revision.h"

#include "RepositoryFiles.h"
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
    ProcessResult Listing = runGit(Arguments, Top);
    if (Listing.ExitCode == 0)
      for (const std::string &Line : splitNul(Listing.Stdout)) {
        // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
        size_t Tab = Line.find('\t');
        if (Tab == std::string::npos || (Line.compare(0, 6, "100644") != 0 && Line.compare(0, 6, "100755") != 0))
          continue;
        size_t SizeStart = Line.find_last_of(' ', Tab);
        uint64_t Size = std::strtoull(Line.c_str() + SizeStart + 1, nullptr, 10);
        Files[Line.substr(Tab + 1)] = Size;
      }
  }
  Listings[Directory] = Files;
  return Files;
}

void Revision::prefetchDirectories(const std::vector<std::string> &Directories) {
  if (Commit.empty())
    return;
  std::vector<std::string> Arguments = {"ls-tree", "-l", "-z", "--full-tree", Commit, "--"};
  std::vector<std::string> Wanted;
  for (const std::string &Directory : Directories)
    if (!Listings.count(Directory)) {
      Listings[Directory]; // listed now, even when empty
      Wanted.push_back(Directory);
      if (!Directory.empty())
        Arguments.push_back(Directory + "/");
    }
  if (Wanted.empty())
    return;
  bool Top = std::find(Wanted.begin(), Wanted.end(), "") != Wanted.end();
  if (Top && Wanted.size() > 1) {
    // The top's listing cannot share a call with subdirectories (no path lists the top alone).
    Listings.erase("");
    Top = false;
  }
  ProcessResult Listing = runGit(Arguments, this->Top);
  if (Listing.ExitCode != 0) {
    for (const std::string &Directory : Wanted)
      Listings.erase(Directory); // each asked again on its own
    return;
  }
  for (const std::string &Line : splitNul(Listing.Stdout)) {
    size_t Tab = Line.find('\t');
    if (Tab == std::string::npos || (Line.compare(0, 6, "100644") != 0 && Line.compare(0, 6, "100755") != 0))
      continue;
    size_t SizeStart = Line.find_last_of(' ', Tab);
    std::string Path = Line.substr(Tab + 1);
    Listings[fs::path(Path).parent_path().generic_string()][Path] =
        std::strtoull(Line.c_str() + SizeStart + 1, nullptr, 10);
  }
}

void Revision::prefetchFiles(const std::vector<std::string> &Paths) {
  if (Commit.empty())
    return;
  std::string Input;
  std::vector<std::string> Asked;
  for (const std::string &Path : Paths) {
    if (Blobs.count(Path) || Path.find('\n') != std::string::npos)
      continue;
    auto Files = filesIn(fs::path(Path).parent_path().generic_string());
    auto Found = Files.find(Path);
    if (Found == Files.end() || Found->second > MaxFileSize)
      continue;
    Input += Commit + ":" + Path + "\n";
    Asked.push_back(Path);
  }
  if (Asked.empty())
    return;
  ProcessResult Batch = runGit({"cat-file", "--batch"}, Top, &Input);
  if (Batch.ExitCode != 0)
    return;
  // "<oid> SP <type> SP <size> LF <contents> LF" per object, "<name> SP missing LF" when absent.
  const std::string &Out = Batch.Stdout;
  size_t At = 0;
  for (const std::string &Path : Asked) {
    size_t HeaderEnd = Out.find('\n', At);
    if (HeaderEnd == std::string::npos)
      return;
    std::string Header = Out.substr(At, HeaderEnd - At);
    At = HeaderEnd + 1;
    size_t LastSpace = Header.rfind(' ');
    if (LastSpace == std::string::npos || Header.compare(LastSpace, 8, " missing") == 0)
      continue;
    size_t Size = std::strtoull(Header.c_str() + LastSpace + 1, nullptr, 10);
    if (Header.find(" blob ") == std::string::npos || At + Size > Out.size())
      return;
    Blobs[Path] = Out.substr(At, Size);
    At += Size + 1;
  }
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
  auto Cached = Blobs.find(Path);
  if (Cached != Blobs.end())
    return Cached->second;
  // `cat-file blob` gives the stored bytes: no textconv, no smudge filter from .gitattributes.
  ProcessResult Blob = runGit({"cat-file", "blob", Commit + ":" + Path}, Top);
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
      runGit({"rev-parse", "--verify", "--quiet", "--end-of-options", Rev + "^{commit}"}, Top);
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
  ProcessResult Diff = runGit(Arguments, Top);
  if (Diff.ExitCode != 0) {
    Error = "git diff failed: " + trimmed(Diff.Stderr);
    return false;
  }
  std::set<std::string> All;
  for (std::string &Path : splitNul(Diff.Stdout))
    if (!Path.empty())
      All.insert(std::move(Path));
  if (HeadCommit.empty()) {
    ProcessResult Untracked = runGit({"ls-files", "-z", "--others", "--exclude-standard"}, Top);
    if (Untracked.ExitCode == 0)
      for (std::string &Path : splitNul(Untracked.Stdout))
        if (!Path.empty())
          All.insert(std::move(Path));
  }
  Paths.assign(All.begin(), All.end());
  return true;
}

} // namespace blastradius::impact
