// See TemporaryFile.h.
#include "TemporaryFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unistd.h>
#include <vector>

namespace blastradius {

TemporaryFile::TemporaryFile(const std::string &Prefix) {
  const char *Directory = std::getenv("TMPDIR");
  std::string Template = std::string(Directory && *Directory ? Directory : "/tmp") + "/" + Prefix + "-XXXXXX";
  std::vector<char> Name(Template.begin(), Template.end());
  Name.push_back('\0');
  int Fd = mkstemp(Name.data());
  if (Fd < 0) {
    Error = "cannot create a temporary file in " + Template.substr(0, Template.rfind('/')) + ": " +
            std::strerror(errno);
    return;
  }
  close(Fd);
  Path = Name.data();
}

TemporaryFile::~TemporaryFile() {
  if (!Path.empty())
    unlink(Path.c_str());
}

std::string TemporaryFile::read(size_t MaxBytes, bool &Truncated) const {
  Truncated = false;
  std::ifstream In(Path, std::ios::binary);
  std::string Content;
  char Buffer[65536];
  while (In.read(Buffer, sizeof Buffer) || In.gcount() > 0) {
    Content.append(Buffer, static_cast<size_t>(In.gcount()));
    if (Content.size() > MaxBytes) {
      Content.resize(MaxBytes);
      Truncated = true;
      break;
    }
  }
  return Content;
}

} // namespace blastradius
