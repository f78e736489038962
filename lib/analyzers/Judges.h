// The judges that query rules name in `analyzer:` (see Analyzer.h): one factory per judge, each
// defined in the file of its concern in lib/analyzers/ and listed in allAnalyzers().
#ifndef BLASTRADIUS_ANALYZERS_JUDGES_H
#define BLASTRADIUS_ANALYZERS_JUDGES_H

#include "Analyzer.h"

namespace blastradius {

/// `terraform-value-true`: the @finding attribute's value can be true (literally, or through a
/// variable's default, a tfvars value, a local, a conditional's arm).
const Analyzer &terraformValueTrueJudge();
/// `terraform-value-false`: the same for false.
const Analyzer &terraformValueFalseJudge();
/// `github-actions-token-scope`: names whose GITHUB_TOKEN a permissions value sets: the job captured
/// as @_job, or every job of the workflow.
const Analyzer &githubActionsTokenScopeJudge();

} // namespace blastradius

#endif
