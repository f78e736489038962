// How every analyser's findings are made and finished, whichever front end produced them (the
// tree-sitter engine, the clang-tidy runner, the change-impact sink, the risky-branch join): one
// constructor of a finding at a region of a file, and one last pass per file (suppressions,
// canonical order, fingerprints).
#ifndef BLASTRADIUS_FILEFINDINGS_H
#define BLASTRADIUS_FILEFINDINGS_H

#include "Report.h"
#include "RuleLoader.h"
#include "SourceText.h"

#include <optional>
#include <string>
#include <vector>

namespace blastradius {

/// Builds a finding for a rule at a region of Source, with snippet, level and message. Message, when
/// given, replaces the rule's message template (a query rule's, with its captures filled in).
Finding makeFinding(const Rule &R, const std::string &Path, const SourceText &Source, size_t StartByte,
                    size_t EndByte, const std::string &Detail, std::optional<std::string> Message = std::nullopt);

/// Suppressions, canonical order and fingerprints for the findings of one file.
void finishFileFindings(std::vector<Finding> &Findings, const SourceText &Source, const std::string &Path,
                        const std::string &Language, const RuleSet &Rules, bool ReportUnusedSuppressions);

} // namespace blastradius

#endif
