// Included by two translation units: its finding must be reported once.
#pragma once
#include <cstdlib>
inline void wipeEverything() { std::system("terraform destroy -auto-approve"); }
