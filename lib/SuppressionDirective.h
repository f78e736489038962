// The one reader of the suppression directive, `blastradius-ignore[id,...]: reason` and
// `blastradius-ignore-file[id,...]: reason`, shared by the driver's inline suppressions
// (Suppressions.cpp) and the clang-tidy checks that read a directive themselves
// (SwallowedExceptionCheck: a reasoned directive inside the handler).
#ifndef BLASTRADIUS_SUPPRESSIONDIRECTIVE_H
#define BLASTRADIUS_SUPPRESSIONDIRECTIVE_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

struct SuppressionDirective {
  /// Byte offset of `blastradius-ignore` in the text given.
  size_t Offset = 0;
  /// `blastradius-ignore-file[...]`.
  bool WholeFile = false;
  /// The ids between the brackets, trimmed, empty ones left out.
  std::vector<std::string> RuleIds;
  /// The text after `:`, trimmed, without a closing `*/`; empty when there is none.
  std::string Reason;
};

/// The first directive in Text at or after From, or none.
std::optional<SuppressionDirective> findSuppressionDirective(std::string_view Text, size_t From = 0);

} // namespace blastradius

#endif
