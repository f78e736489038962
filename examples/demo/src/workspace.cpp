// Per-job scratch space for the order exporter.
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

static const char *const CacheDir = "/var/cache/orders/export";

void resetWorkspace(const std::string &JobDir) {
  // JobDir comes from the job description: an empty one means the current directory.
  fs::remove_all(JobDir);
  fs::create_directories(JobDir);
}

void clearCache() {
  // A compile-time constant path: not reported.
  fs::remove_all(CacheDir);
}

void resetChecked(const fs::path &Dir) {
  if (Dir.empty())
    return;
  fs::remove_all(Dir);
}
