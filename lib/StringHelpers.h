// Small text helpers that several readers need (JSON and YAML escapes, percent-encoded URIs): one
// copy here instead of one per reader.
#ifndef BLASTRADIUS_STRINGHELPERS_H
#define BLASTRADIUS_STRINGHELPERS_H

#include <cctype>
#include <cstdio>
#include <string>

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

/// Percent-encodes every byte but RFC 3986 unreserved characters and '/': the exact bytes of a
/// file name, whatever they are, as printable ASCII (SARIF URIs, the JSON report's rawPath).
inline std::string percentEncodePath(const std::string &Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (std::isalnum(C) || C == '-' || C == '.' || C == '_' || C == '~' || C == '/') {
      Out += static_cast<char>(C);
    } else {
      char Buffer[4];
      std::snprintf(Buffer, sizeof(Buffer), "%%%02X", C);
      Out += Buffer;
    }
  }
  return Out;
}

} // namespace blastradius

#endif
