// S3 versioning switched off: `aws_s3_bucket_versioning` whose versioning_configuration status is
// "Suspended" or "Disabled", and the older inline `aws_s3_bucket { versioning { enabled = false } }`.
// With versioning off, an overwrite or a delete of an object cannot be undone. A semantic rule
// rather than a query because the value often arrives through `var.x` (its default, tfvars), a
// local or a conditional: the shared Terraform evaluator (terraform/Evaluator.h) resolves them, and
// an unknown value (a variable without a default) is never reported.
#include "semantic/Analyzers.h"

#include "terraform/Evaluator.h"
#include "terraform/Module.h"
#include "terraform/RiskyValue.h"

namespace blastradius {

namespace {

using model::HclAttribute;
using model::HclBlock;

constexpr std::string_view RuleId = "terraform-s3-versioning-suspended";

/// The first concrete outcome (in source order) that is a status which keeps versioning off.
const terraform::Outcome *offStatus(const terraform::Evaluation &E) {
  for (const terraform::Outcome &O : E.Outcomes)
    if (O.Value.isLiteral("Suspended") || O.Value.isLiteral("Disabled"))
      return &O;
  return nullptr;
}

class TerraformS3VersioningSuspendedAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "terraform-s3-versioning-suspended"; }
  std::string_view description() const override {
    return "S3 bucket versioning suspended, disabled or enabled = false, literally or through variables, "
           "locals and conditionals";
  }
  std::vector<std::string_view> ruleIds() const override { return {RuleId}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "terraform"; }
  void analyze(SemanticContext &Context) const override {
    if (!Context.ruleEnabled(RuleId))
      return;
    terraform::Evaluator Eval([&Context]() -> const terraform::Module * {
      if (Context.embedded() || !Context.services().TerraformModule)
        return nullptr;
      return Context.services().TerraformModule(".");
    });
    for (const HclBlock &Resource : Context.hcl().Blocks) {
      if (Resource.Type != "resource")
        continue;
      if (Resource.label(0) == "aws_s3_bucket_versioning") {
        for (const HclBlock *Config : Resource.blocks("versioning_configuration"))
          if (const HclAttribute *Status = Config->attribute("status")) {
            terraform::Evaluation E = Eval.evaluate(Status->Value);
            if (const terraform::Outcome *Off = offStatus(E))
              report(Context, *Status, "status = " + terraform::displayValue(Off->Value), *Off);
          }
      } else if (Resource.label(0) == "aws_s3_bucket") {
        for (const HclBlock *Versioning : Resource.blocks("versioning"))
          if (const HclAttribute *Enabled = Versioning->attribute("enabled")) {
            terraform::Evaluation E = Eval.evaluate(Enabled->Value);
            if (const terraform::Outcome *Off = terraform::riskyOutcome(E, terraform::RiskyWhen::False))
              report(Context, *Enabled, "versioning { enabled = false }", *Off);
          }
      }
    }
  }

private:
  static void report(SemanticContext &Context, const HclAttribute &At, std::string Detail,
                     const terraform::Outcome &Off) {
    Context.report(RuleId, At.Begin, At.End, Detail + terraform::reasonsSuffix(Off));
    for (RelatedSpan &R : terraform::originSpans(Off))
      Context.addRelated(std::move(R));
  }
};

} // namespace

const SemanticAnalyzer &terraformS3VersioningSuspendedAnalyzer() {
  static const TerraformS3VersioningSuspendedAnalyzer Instance;
  return Instance;
}

} // namespace blastradius
