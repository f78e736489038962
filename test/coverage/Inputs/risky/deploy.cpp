// A deploy helper with two risky branches: the tests (main, below) take the first and never the
// second, the plausible fallback.
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

int main() {
  fs::create_directories("/tmp/blastradius-coverage-test/ws");
  return deploy("/tmp/blastradius-coverage-test/ws", true);
}
