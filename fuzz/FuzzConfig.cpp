// The loaders of repository-controlled configuration: `.blastradius.yaml`, and (with the first byte
// odd) a rule file, as a custom rule directory would hold one.
#include "FuzzCommon.h"

#include "Config.h"

using namespace blastradius;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  std::vector<std::string> Errors;
  if (Data[0] & 1) {
    std::string Path = fuzz::scratchFile(Data + 1, Size - 1, "-rule.yaml");
    RuleSet Rules;
    (void)Rules.loadFile(Path, Errors);
  } else {
    std::string Path = fuzz::scratchFile(Data + 1, Size - 1, "-config.yaml");
    Config C;
    if (loadConfig(Path, C, Errors))
      checkConfigAgainstRules(C, fuzz::builtInRules(), Errors);
  }
  return 0;
}
