// Small text helpers that several readers need (JSON and YAML escapes, percent-encoded URIs): one
// copy here instead of one per reader.
#ifndef BLASTRADIUS_STRINGHELPERS_H
#define BLASTRADIUS_STRINGHELPERS_H

namespace blastradius {

/// The value of one hexadecimal digit, or -1 when C is none.
inline int hexDigitValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'f')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'F')
    return C - 'A' + 10;
  return -1;
}

} // namespace blastradius

#endif
