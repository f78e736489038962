// The coverage readers (LCOV, llvm-cov JSON, Cobertura XML) and the format detection in front of them.
#include "coverage/CoverageData.h"
#include "coverage/CoverageFormats.h"

#include <cstdint>
#include <string_view>

using namespace blastradius::coverage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  (void)detectCoverageFormat(Text);
  {
    ParsedCoverage Out;
    parseLcov(Text, Out);
  }
  {
    ParsedCoverage Out;
    parseLlvmCovJson(Text, Out);
  }
  {
    ParsedCoverage Out;
    parseCobertura(Text, Out);
  }
  return 0;
}
