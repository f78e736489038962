#include "AnalysisLimits.h"

#include <vector>

namespace blastradius {

namespace {
thread_local std::vector<const char *> Noted;
}

void noteAnalysisLimit(const char *Reason) {
  for (const char *Known : Noted)
    if (Known == Reason)
      return;
  if (Noted.size() < 8)
    Noted.push_back(Reason);
}

std::string takeAnalysisLimits() {
  std::string Out;
  for (const char *Reason : Noted)
    Out += (Out.empty() ? "" : "; ") + std::string(Reason);
  Noted.clear();
  return Out;
}

} // namespace blastradius
