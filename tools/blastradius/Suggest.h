// "did you mean ...?" for a mistyped subcommand or flag: the closest known name by edit distance,
// when it is close enough to be a typo rather than a different word.
#ifndef BLASTRADIUS_TOOLS_SUGGEST_H
#define BLASTRADIUS_TOOLS_SUGGEST_H

#include <string>
#include <vector>

namespace blastradius::tools {

/// The candidate closest to Typed (Damerau-Levenshtein with adjacent swaps), or empty when none is
/// within a third of the longer word's length (at least 2 edits allowed), or a prefix of it.
std::string closestName(const std::string &Typed, const std::vector<std::string> &Candidates);

} // namespace blastradius::tools

#endif
