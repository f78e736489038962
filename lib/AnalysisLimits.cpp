#include "AnalysisLimits.h"

#include <cstdlib>
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

uint64_t parseTimeoutMicros() {
  static const uint64_t Micros = [] {
    uint64_t Value = 20'000'000;
    if (const char *Setting = std::getenv("BLASTRADIUS_PARSE_TIMEOUT_MICROS")) {
      char *End = nullptr;
      unsigned long long Parsed = std::strtoull(Setting, &End, 10);
      if (End != Setting && *End == '\0' && Parsed > 0)
        Value = Parsed;
    }
    return Value;
  }();
  return Micros;
}

std::string parseTimeoutText() {
  uint64_t Micros = parseTimeoutMicros();
  if (Micros % 1'000'000 == 0)
    return std::to_string(Micros / 1'000'000) + " s";
  return std::to_string(Micros) + " us";
}

} // namespace blastradius
