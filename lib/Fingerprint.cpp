#include "Fingerprint.h"

#include <xxhash.h>

#include <cstdio>
#include <map>

namespace blastradius {

namespace {

/// Whitespace-insensitive, so re-indenting a block does not orphan its findings.
std::string normalise(std::string_view Line) {
  std::string Out;
  for (char C : Line)
    if (C != ' ' && C != '\t' && C != '\r')
      Out += C;
  return Out;
}

std::string hex64(uint64_t Value) {
  char Buffer[17];
  std::snprintf(Buffer, sizeof(Buffer), "%016llx", static_cast<unsigned long long>(Value));
  return Buffer;
}

} // namespace

void assignFingerprints(std::vector<Finding> &FileFindings, const SourceText &Source) {
  std::map<std::string, unsigned> Occurrences;
  std::map<std::string, unsigned> LineOccurrences;
  for (Finding &F : FileFindings) {
    std::string Line = normalise(Source.line(F.Start.Line));
    std::string Key = F.RuleId + '\0' + F.Path + '\0' + Line;
    unsigned Occurrence = Occurrences[Key]++;
    Key += '\0' + std::to_string(Occurrence);
    F.Fingerprint = hex64(XXH3_64bits(Key.data(), Key.size()));
    unsigned LineOccurrence = ++LineOccurrences[Line];
    F.LineHash = hex64(XXH3_64bits(Line.data(), Line.size())) + ":" + std::to_string(LineOccurrence);
  }
}

} // namespace blastradius
