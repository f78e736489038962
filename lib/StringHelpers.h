// Small text helpers that many files need (prefixes, suffixes, ASCII case, hexadecimal digits): one
// copy here instead of one per file.
#ifndef BLASTRADIUS_STRINGHELPERS_H
#define BLASTRADIUS_STRINGHELPERS_H

#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

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

/// Whether Text begins with Prefix.
inline bool startsWith(std::string_view Text, std::string_view Prefix) {
  return Text.substr(0, Prefix.size()) == Prefix;
}

/// Whether Text ends with Suffix.
inline bool endsWith(std::string_view Text, std::string_view Suffix) {
  return Text.size() >= Suffix.size() && Text.substr(Text.size() - Suffix.size()) == Suffix;
}

/// Text with ASCII letters lowered (names, keywords, actions; never locale-dependent).
inline std::string lower(std::string_view Text) {
  std::string Out(Text);
  for (char &C : Out)
    if (C >= 'A' && C <= 'Z')
      C = static_cast<char>(C - 'A' + 'a');
  return Out;
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
