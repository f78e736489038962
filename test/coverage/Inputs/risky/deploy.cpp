// A deploy helper with two risky branches: the test run (main, below) takes the first and never
// the second, the plausible fallback.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

int deploy(const std::string &Workspace, bool Fresh) {
  if (Fresh) {
    fs::remove_all(Workspace);
  }
  int Status = std::system("true");
  if (Status != 0) {
    std::system("terraform destroy -auto-approve");
  }
  return Status;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  fs::create_directories(argv[1]);
  return deploy(argv[1], true);
}
