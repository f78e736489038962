// See SuppressionDirective.h.
#include "SuppressionDirective.h"

#include <algorithm>

namespace blastradius {

namespace {

/// Text without surrounding blanks and, at its end, comment closers.
std::string trim(std::string_view Text) {
  size_t Begin = Text.find_first_not_of(" \t");
  if (Begin == std::string_view::npos)
    return "";
  size_t End = Text.find_last_not_of(" \t*/");
  if (End == std::string_view::npos || End < Begin)
    return "";
  return std::string(Text.substr(Begin, End - Begin + 1));
}

} // namespace

std::optional<SuppressionDirective> findSuppressionDirective(std::string_view Text, size_t From) {
  constexpr std::string_view Line = "blastradius-ignore[", File = "blastradius-ignore-file[";
  for (size_t At = From; At < Text.size();) {
    size_t LineAt = Text.find(Line, At), FileAt = Text.find(File, At);
    size_t Found = std::min(LineAt, FileAt);
    if (Found == std::string_view::npos)
      return std::nullopt;
    SuppressionDirective D;
    D.Offset = Found;
    D.WholeFile = Found == FileAt;
    size_t Open = Found + (D.WholeFile ? File.size() : Line.size());
    size_t Close = Text.find(']', Open);
    size_t End = Text.find('\n', Open);
    if (Close == std::string_view::npos || Close > End) {
      At = Found + 1; // no closing bracket on this line: not a directive
      continue;
    }
    std::string_view Ids = Text.substr(Open, Close - Open);
    for (size_t Begin = 0; Begin <= Ids.size();) {
      size_t Comma = Ids.find(',', Begin);
      std::string Id = trim(Ids.substr(Begin, Comma == std::string_view::npos ? std::string_view::npos : Comma - Begin));
      if (!Id.empty())
        D.RuleIds.push_back(std::move(Id));
      if (Comma == std::string_view::npos)
        break;
      Begin = Comma + 1;
    }
    std::string_view Rest = Text.substr(Close + 1, End == std::string_view::npos ? std::string_view::npos : End - Close - 1);
    size_t Colon = Rest.find_first_not_of(" \t\r\f\v");
    if (Colon != std::string_view::npos && Rest[Colon] == ':')
      D.Reason = trim(Rest.substr(Colon + 1));
    return D;
  }
  return std::nullopt;
}

} // namespace blastradius
