#include "Inventory.h"

#include "Git.h"
#include "Process.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace blastradius {

namespace {

/// The git work tree Directory belongs to, or "" when it is in none or git ignores it (a build
/// directory the user names explicitly is scanned by a walk, not emptied by .gitignore).
std::string gitWorkTreeFor(const fs::path &Directory) {
  std::string Top = gitTopLevel(Directory.string());
  if (Top.empty() || fs::path(Directory).lexically_normal() == fs::path(Top).lexically_normal())
    return Top;
  ProcessResult Ignored = runGit({"check-ignore", "-q", "."}, Directory.string());
  return Ignored.ExitCode == 0 ? "" : Top;
}

Notification skipped(std::string Path, std::string Kind, std::string Message) {
  Notification N;
  N.Path = std::move(Path);
  N.Kind = std::move(Kind);
  N.Message = std::move(Message);
  return N;
}

class Collector {
public:
  Collector(Inventory &Out) : Out(Out) {}

  void addFile(const fs::path &Absolute) {
    std::string Key = Absolute.lexically_normal().string();
    if (!Seen.insert(Key).second)
      return;
    std::string Relative = relativeTo(Out.SourceRoot, Key);
    std::error_code Error;
    fs::file_status Status = fs::symlink_status(Absolute, Error);
    if (Error) {
      Out.Skipped.push_back(skipped(Relative, "unreadable", "unreadable: " + Error.message()));
      return;
    }
    if (fs::is_symlink(Status)) {
      Out.Skipped.push_back(skipped(Relative, "symlink", "symbolic link: not followed"));
      return;
    }
    if (fs::is_directory(Status)) {
      // git lists a submodule as one entry; its files belong to another repository.
      Out.Skipped.push_back(skipped(Relative, "submodule", "git submodule: scan it separately"));
      return;
    }
    if (!fs::is_regular_file(Status)) {
      Out.Skipped.push_back(skipped(Relative, "not-regular", "not a regular file"));
      return;
    }
    Out.Files.push_back({Relative, Key});
  }

  void walk(const fs::path &Root) {
    std::vector<fs::path> Pending = {Root};
    while (!Pending.empty()) {
      fs::path Directory = Pending.back();
      Pending.pop_back();
      std::error_code Error;
      fs::directory_iterator It(Directory, Error);
      if (Error) {
        Out.Skipped.push_back(skipped(relativeTo(Out.SourceRoot, Directory.string()), "unreadable",
                                      "unreadable directory: " + Error.message()));
        continue;
      }
      for (fs::directory_iterator End; It != End; It.increment(Error)) {
        if (Error)
          break;
        fs::file_status Status = It->symlink_status(Error);
        if (!Error && fs::is_directory(Status)) {
          if (It->path().filename() != ".git")
            Pending.push_back(It->path());
          continue;
        }
        addFile(It->path());
      }
      if (Error)
        Out.Skipped.push_back(skipped(relativeTo(Out.SourceRoot, Directory.string()), "unreadable",
                                      "unreadable directory: " + Error.message()));
    }
  }

  /// Tracked files plus untracked files git does not ignore, under Directory.
  bool listWithGit(const fs::path &Directory) {
    ProcessResult Result =
        runGit({"ls-files", "-z", "--cached", "--others", "--exclude-standard"}, Directory.string());
    if (Result.ExitCode != 0)
      return false;
    std::set<std::string> Listed;
    for (size_t Begin = 0; Begin < Result.Stdout.size();) {
      size_t End = Result.Stdout.find('\0', Begin);
      if (End == std::string::npos)
        End = Result.Stdout.size();
      if (End > Begin)
        Listed.insert(Result.Stdout.substr(Begin, End - Begin));
      Begin = End + 1;
    }
    for (const std::string &Name : Listed) {
      fs::path Absolute = Directory / Name;
      std::error_code Error;
      if (!fs::exists(fs::symlink_status(Absolute, Error))) {
        // Tracked but deleted in the work tree: nothing to read.
        Out.Skipped.push_back(skipped(relativeTo(Out.SourceRoot, Absolute.string()), "missing",
                                      "tracked by git but missing from the work tree"));
        continue;
      }
      addFile(Absolute);
    }
    return true;
  }

private:
  Inventory &Out;
  std::set<std::string> Seen;
};

} // namespace

std::string relativeTo(const std::string &Root, const std::string &AbsolutePath) {
  fs::path Relative = fs::path(AbsolutePath).lexically_relative(Root);
  std::string Text = Relative.generic_string();
  if (Text.empty() || Text == "." )
    return fs::path(AbsolutePath).filename().generic_string();
  if (Text.rfind("..", 0) == 0)
    return fs::path(AbsolutePath).generic_string();
  return Text;
}

bool buildInventory(const std::vector<std::string> &Paths, const std::string &SourceRoot, Inventory &Out,
                    std::string &Error) {
  std::vector<fs::path> Absolute;
  for (const std::string &Path : Paths) {
    std::error_code Ec;
    fs::path Full = fs::absolute(Path, Ec).lexically_normal();
    if (Ec || !fs::exists(fs::symlink_status(Full, Ec))) {
      Error = Path + ": no such file or directory";
      return false;
    }
    if (Full.has_filename() == false)
      Full = Full.parent_path();
    Absolute.push_back(Full);
  }

  if (!SourceRoot.empty()) {
    Out.SourceRoot = fs::absolute(SourceRoot).lexically_normal().string();
  } else {
    fs::path First = Absolute.front();
    fs::path FirstDirectory = fs::is_directory(fs::symlink_status(First)) ? First : First.parent_path();
    std::string Top = gitWorkTreeFor(FirstDirectory);
    Out.SourceRoot = Top.empty() ? FirstDirectory.string() : Top;
  }
  while (Out.SourceRoot.size() > 1 && Out.SourceRoot.back() == '/')
    Out.SourceRoot.pop_back();

  Collector Files(Out);
  for (const fs::path &Path : Absolute) {
    if (!fs::is_directory(fs::symlink_status(Path))) {
      Files.addFile(Path);
      continue;
    }
    if (!gitWorkTreeFor(Path).empty() && Files.listWithGit(Path))
      continue;
    Files.walk(Path);
  }
  std::sort(Out.Files.begin(), Out.Files.end(),
            [](const InventoryEntry &A, const InventoryEntry &B) { return A.RelativePath < B.RelativePath; });
  return true;
}

} // namespace blastradius
