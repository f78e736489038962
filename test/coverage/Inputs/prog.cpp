// Run with one argument: the recursive delete under `if (argc > 2)` never runs, the other once.
#include <filesystem>
#include <string>

int main(int argc, char **argv) {
  std::string Dir = argc > 1 ? argv[1] : "scratch";
  if (argc > 2) {
    std::filesystem::remove_all(Dir + "/never");
  }
  std::filesystem::remove_all(Dir + "/cache");
  return 0;
}
