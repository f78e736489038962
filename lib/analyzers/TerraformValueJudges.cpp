// Judges for Terraform query rules: the query finds the attribute (`prevent_destroy` in a lifecycle
// block of a stateful resource, `destroy` in a removed block), and the judge evaluates its value with
// the shared evaluator, so that `var.protect` whose default is false counts like a literal false.
// The detail names how the value got there; the related locations point at where it is set.
#include "analyzers/Judges.h"

#include "semantic/SemanticAnalyzer.h"
#include "terraform/RiskyValue.h"

#include <vector>

namespace blastradius {

namespace {

using model::HclAttribute;
using model::HclBlock;
using terraform::RiskyWhen;

/// The attribute of the file's HCL model that starts at Offset, or nullptr. Iterative: the model's
/// nesting is bounded by its builder, but a walk needs no depth of its own.
const HclAttribute *attributeAt(const HclBlock &File, uint32_t Offset) {
  std::vector<const HclBlock *> Pending = {&File};
  while (!Pending.empty()) {
    const HclBlock *Block = Pending.back();
    Pending.pop_back();
    for (const HclAttribute &A : Block->Attributes)
      if (A.Begin == Offset)
        return &A;
    for (const HclBlock &Nested : Block->Blocks)
      if (Nested.Begin <= Offset && Offset < Nested.End)
        Pending.push_back(&Nested);
  }
  return nullptr;
}

class TerraformValueJudge final : public Analyzer {
public:
  TerraformValueJudge(std::string_view Name, RiskyWhen Risky) : Name(Name), Risky(Risky) {}
  std::string_view name() const override { return Name; }
  std::string_view description() const override {
    return Risky == RiskyWhen::True ? "the @finding attribute's value can be true, literally or through "
                                      "variables, locals and conditionals"
                                    : "the @finding attribute's value can be false, literally or through "
                                      "variables, locals and conditionals";
  }

  std::optional<Verdict> judge(const MatchContext &Context) const override {
    SemanticContext &File = Context.File;
    const HclAttribute *Attribute = attributeAt(File.hcl(), ts_node_start_byte(Context.Finding));
    if (!Attribute)
      return std::nullopt;
    terraform::Evaluator Eval([&File]() -> const terraform::Module * {
      if (File.embedded() || !File.services().TerraformModule)
        return nullptr;
      return File.services().TerraformModule(".");
    });
    terraform::Evaluation Value = Eval.evaluate(Attribute->Value);
    const terraform::Outcome *Risky = terraform::riskyOutcome(Value, this->Risky);
    if (!Risky)
      return std::nullopt;
    Verdict V;
    V.Detail = terraform::reasonsSuffix(*Risky);
    V.Related = terraform::originSpans(*Risky);
    return V;
  }

private:
  std::string_view Name;
  RiskyWhen Risky;
};

} // namespace

const Analyzer &terraformValueTrueJudge() {
  static const TerraformValueJudge Instance("terraform-value-true", RiskyWhen::True);
  return Instance;
}

const Analyzer &terraformValueFalseJudge() {
  static const TerraformValueJudge Instance("terraform-value-false", RiskyWhen::False);
  return Instance;
}

} // namespace blastradius
