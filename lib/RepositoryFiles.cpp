#include "RepositoryFiles.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace blastradius {

std::optional<std::string> readFileInsideRoot(const std::string &SourceRoot, const std::string &FromFile,
                                              std::string_view Relative, uint64_t MaxSize) {
  std::string Name(Relative);
  for (std::string_view Prefix : {"${path.module}/", "./"})
    while (Name.compare(0, Prefix.size(), Prefix) == 0)
      Name.erase(0, Prefix.size());
  if (Name.empty() || Name.find("${") != std::string::npos || fs::path(Name).is_absolute())
    return std::nullopt;
  std::error_code Ec;
  fs::path Root = fs::absolute(SourceRoot, Ec).lexically_normal();
  if (Ec)
    return std::nullopt;
  fs::path Target = (fs::absolute(FromFile, Ec).parent_path() / Name).lexically_normal();
  fs::path Inside = Target.lexically_relative(Root);
  if (Ec || Inside.empty() || *Inside.begin() == "..")
    return std::nullopt;
  // Every component from the root down must be a real directory or file, not a symlink: a link
  // could lead out of the repository.
  fs::path Walk = Root;
  for (const fs::path &Part : Inside) {
    Walk /= Part;
    fs::file_status Status = fs::symlink_status(Walk, Ec);
    if (Ec || fs::is_symlink(Status))
      return std::nullopt;
  }
  if (!fs::is_regular_file(fs::symlink_status(Target, Ec)) || Ec)
    return std::nullopt;
  uint64_t Size = fs::file_size(Target, Ec);
  if (Ec || Size > MaxSize)
    return std::nullopt;
  std::ifstream In(Target, std::ios::binary);
  if (!In)
    return std::nullopt;
  std::string Content((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  if (In.bad())
    return std::nullopt;
  return Content;
}

bool readWholeFile(const std::string &Path, uint64_t MaxSize, std::string &Content, std::string &ErrorKind,
                   std::string &Error) {
  std::error_code Ec;
  uint64_t Size = fs::file_size(Path, Ec);
  if (Ec) {
    ErrorKind = "unreadable";
    Error = "unreadable: " + Ec.message();
    return false;
  }
  if (Size > MaxSize) {
    ErrorKind = "too-large";
    Error = "too large: " + std::to_string(Size) + " bytes (limit " + std::to_string(MaxSize) +
            ", see --max-file-size)";
    return false;
  }
  // One open and a read into a buffer sized from the stat (an ifstream read through
  // istreambuf_iterator cost about 5 % of a Terraform scan in allocations and per-byte copies).
  int Fd = ::open(Path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (Fd < 0) {
    ErrorKind = "unreadable";
    Error = std::string("unreadable: ") + std::strerror(errno);
    return false;
  }
  Content.resize(static_cast<size_t>(Size));
  size_t Filled = 0;
  bool Failed = false;
  for (;;) {
    if (Filled == Content.size()) // the file may have grown since the stat: read on to its end
      Content.resize(Content.size() + 4096);
    ssize_t Got = ::read(Fd, &Content[Filled], Content.size() - Filled);
    if (Got < 0 && errno == EINTR)
      continue;
    if (Got < 0) {
      Failed = true;
      break;
    }
    if (Got == 0)
      break;
    Filled += static_cast<size_t>(Got);
  }
  ::close(Fd);
  Content.resize(Filled);
  if (Failed) {
    ErrorKind = "unreadable";
    Error = "unreadable: read error";
    return false;
  }
  return true;
}

} // namespace blastradius
