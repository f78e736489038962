// Whether an evaluated Terraform value switches a safety catch off, and how a finding names it: the
// reasons the evaluator gave ("through var.x, whose default is false") and the places the value is
// set (SARIF related locations). Shared by the deletion-protection semantic analyser and the query
// rules' Terraform judges (lib/analyzers/TerraformValueJudges.cpp), so both word findings alike.
#ifndef BLASTRADIUS_TERRAFORM_RISKYVALUE_H
#define BLASTRADIUS_TERRAFORM_RISKYVALUE_H

#include "Report.h"
#include "terraform/Evaluator.h"
#include "terraform/Protection.h"

#include <string>
#include <vector>

namespace blastradius::terraform {

/// Whether a concrete value is the risky one (true, false, or the number 0).
bool isRisky(const model::Node &Value, RiskyWhen R);

/// The first outcome (in source order) that some concrete value makes risky; unknown values never are.
const Outcome *riskyOutcome(const Evaluation &E, RiskyWhen R);
/// The outcome points into the evaluation: never into a temporary.
const Outcome *riskyOutcome(Evaluation &&E, RiskyWhen R) = delete;

/// " (reason, reason)" for a value that went through variables or conditionals, "" for a literal.
std::string reasonsSuffix(const Outcome &O);

/// Where the value comes from, as related spans (offsets in the analysed file, or another file's
/// positions).
std::vector<RelatedSpan> originSpans(const Outcome &O);

} // namespace blastradius::terraform

#endif
