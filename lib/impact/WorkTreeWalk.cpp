#include "impact/WorkTreeWalk.h"

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {
constexpr size_t MaxWalkEntries = 200000;
}

void walkWorkTree(const std::string &Top,
                  const std::function<void(const fs::directory_entry &, const std::string &)> &Visit,
                  bool &Truncated) {
  std::error_code Ec;
  size_t Seen = 0;
  fs::recursive_directory_iterator It(Top, fs::directory_options::skip_permission_denied, Ec), End;
  for (; !Ec && It != End; It.increment(Ec)) {
    if (++Seen > MaxWalkEntries) {
      Truncated = true;
      break;
    }
    std::string Name = It->path().filename().string();
    if (It->is_directory(Ec) && !It->is_symlink(Ec)) {
      if ((!Name.empty() && Name[0] == '.') || Name == "node_modules")
        It.disable_recursion_pending();
      continue;
    }
    Visit(*It, Name);
  }
}

} // namespace blastradius::impact
