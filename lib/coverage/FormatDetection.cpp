#include "coverage/CoverageFormats.h"

#include <algorithm>
#include <cstring>

namespace blastradius::coverage {

namespace {

std::string_view skipBlank(std::string_view Text) {
  // A UTF-8 byte-order mark is common in files written on Windows.
  if (Text.substr(0, 3) == "\xEF\xBB\xBF")
    Text.remove_prefix(3);
  size_t First = Text.find_first_not_of(" \t\r\n");
  return First == std::string_view::npos ? std::string_view() : Text.substr(First);
}

/// The name of the first element after the prolog (<?xml ...?>, comments, <!DOCTYPE ...>).
std::string_view firstXmlElement(std::string_view Text) {
  constexpr size_t MaxPrologSteps = 64;
  for (size_t Step = 0; Step < MaxPrologSteps; ++Step) {
    Text = skipBlank(Text);
    if (Text.empty() || Text[0] != '<')
      return {};
    const char *Close = Text.substr(0, 4) == "<!--" ? "-->" : (Text.substr(0, 2) == "<?" || Text.substr(0, 2) == "<!") ? ">" : nullptr;
    if (!Close) {
      size_t End = Text.find_first_of(" \t\r\n/>", 1);
      return Text.substr(1, End == std::string_view::npos ? Text.size() - 1 : End - 1);
    }
    size_t End = Text.find(Close);
    // <!DOCTYPE coverage [ <!ENTITY ...> ]>: the internal subset holds '>' of its own.
    size_t Subset = Text.substr(0, 9) == "<!DOCTYPE" ? Text.find('[') : std::string_view::npos;
    if (Subset != std::string_view::npos && Subset < End) {
      size_t SubsetEnd = Text.find(']', Subset);
      End = SubsetEnd == std::string_view::npos ? SubsetEnd : Text.find('>', SubsetEnd);
    }
    if (End == std::string_view::npos)
      return {};
    Text.remove_prefix(End + std::strlen(Close));
  }
  return {};
}

bool isLcovLine(std::string_view Line) {
  static const char *const Keys[] = {"TN:", "SF:", "VER:", "FN:", "FNDA:", "FNL:", "FNA:", "DA:", "BRDA:", "LF:",
                                     "LH:", "BRF:", "BRH:", "FNF:", "FNH:", "end_of_record"};
  return std::any_of(std::begin(Keys), std::end(Keys),
                     [&](const char *Key) { return Line.substr(0, std::strlen(Key)) == Key; });
}

} // namespace

CoverageFormat detectCoverageFormat(std::string_view Text) {
  if (Text.substr(0, 64 * 1024).find('\0') != std::string_view::npos)
    return CoverageFormat::Binary;
  std::string_view Start = skipBlank(Text);
  if (Start.empty())
    return CoverageFormat::Unknown;
  if (Start[0] == '<')
    return firstXmlElement(Start) == "coverage" ? CoverageFormat::Cobertura : CoverageFormat::Unknown;
  if (Start[0] == '{')
    return CoverageFormat::LlvmCovJson;
  return isLcovLine(Start) ? CoverageFormat::Lcov : CoverageFormat::Unknown;
}

const char *formatName(CoverageFormat F) {
  switch (F) {
  case CoverageFormat::Lcov: return "lcov";
  case CoverageFormat::LlvmCovJson: return "llvm-cov-json";
  case CoverageFormat::Cobertura: return "cobertura";
  case CoverageFormat::Binary: return "binary";
  case CoverageFormat::Unknown: return "unknown";
  }
  return "unknown";
}

unsigned lineOfOffset(std::string_view Text, size_t Offset) {
  Offset = std::min(Offset, Text.size());
  return 1 + static_cast<unsigned>(std::count(Text.begin(), Text.begin() + Offset, '\n'));
}

} // namespace blastradius::coverage
