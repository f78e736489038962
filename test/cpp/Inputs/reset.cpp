#include "paths.h"

namespace fs = std::filesystem;

void reset(const fs::path &Root) {
  fs::remove_all(Root / "cache");
  fs::remove_all(Root); // NOLINT(blastradius-unvalidated-filesystem-delete): test fixture
}
