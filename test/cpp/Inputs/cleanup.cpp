#include "paths.h"

void cleanup(const char *Dir) {
  std::filesystem::remove_all(Dir);
  std::filesystem::remove_all("/tmp/fixed-scratch");
}
