// The SARIF reader shared by --baseline and `merge`: any bytes, no crash, no unbounded recursion.
#include "SarifReader.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  nlohmann::ordered_json Log;
  std::string Error;
  (void)blastradius::parseSarifLog(std::string(reinterpret_cast<const char *>(Data), Size), Log, Error);
  return 0;
}
