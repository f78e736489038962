// What a rule says about itself in reports: the descriptions GitHub shows as an alert's title and
// text (full sentences, no `{detail}` placeholder), its whole page as Markdown, and its page's
// address when the documentation is published somewhere (BLASTRADIUS_DOCS_URI).
#ifndef BLASTRADIUS_RULETEXT_H
#define BLASTRADIUS_RULETEXT_H

#include "Rule.h"

#include <string>

namespace blastradius {

/// One sentence from the rule's summary ("Flags DROP TABLE of a table the script did not create.").
std::string shortDescription(const Rule &R);
/// The first prose paragraph of the rule's help (whole sentences, under 1,000 characters), else the
/// short description.
std::string fullDescription(const Rule &R);
/// The rule's whole page: the help when it is a page of its own (a `# heading` first), else a page
/// made of the id, the short description, the help, the CWE ids and the references.
std::string helpMarkdown(const Rule &R);
/// The rule's documentation page as an absolute URI, or empty when no documentation base URI was
/// configured at build time.
std::string helpUri(const Rule &R);
/// The page for a person at a terminal: helpUri when configured, else `blastradius explain`-style
/// pointer to the page shipped beside the binary (share/blastradius/docs), else the rule's file.
std::string rulePage(const Rule &R);

} // namespace blastradius

#endif
