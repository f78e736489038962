// Does not compile (an undeclared name), yet its findings are still reported.
#include <cstdlib>
void broken() {
  std::system("rm -rf /");
  undeclaredFunction();
}
