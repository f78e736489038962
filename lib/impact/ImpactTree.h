// `blastradius impact --format text|markdown`: the whole picture of what a change destroys as a
// tree a reviewer reads top to bottom (file, finding, what depends on it, the fix), or as Markdown
// for a pull-request comment.
#ifndef BLASTRADIUS_IMPACT_IMPACTTREE_H
#define BLASTRADIUS_IMPACT_IMPACTTREE_H

#include "Report.h"

#include <string>

namespace blastradius::impact {

/// Heading names the compared sides ("main...HEAD").
std::string writeImpactTree(const Report &R, const std::string &Heading);
std::string writeImpactMarkdown(const Report &R, const std::string &Heading);

} // namespace blastradius::impact

#endif
