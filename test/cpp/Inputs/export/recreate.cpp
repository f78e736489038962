#include <filesystem>

namespace fs = std::filesystem;

void reset(const fs::path &Dir) {
  fs::remove_all(Dir);
  fs::create_directories(Dir);
}
