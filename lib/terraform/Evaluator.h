// The one small Terraform expression evaluator every Terraform rule shares. It knows literals,
// `var.x` (the module's default, overridden by terraform.tfvars, *.auto.tfvars and configured var
// files, or by a caller's module input), `local.x`, `!x`, `c ? a : b` (both arms, unless the
// condition is a literal), `coalesce`, `try`, `lookup`, `tobool`/`tostring`/`tonumber`, and
// interpolation of those references into strings. Anything else is unknown, never a guess: a rule
// reports only what some concrete value makes risky, and each value carries the places it comes
// from (a variable's default, a tfvars line, a conditional's arm) for SARIF related locations.
#ifndef BLASTRADIUS_TERRAFORM_EVALUATOR_H
#define BLASTRADIUS_TERRAFORM_EVALUATOR_H

#include "model/Node.h"
#include "terraform/Module.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::terraform {

/// A place a value comes from. File null: the file being analysed (offsets in its text).
struct Origin {
  const ModuleFile *File = nullptr;
  uint32_t Begin = 0, End = 0;
  std::string Message;
};

/// One concrete value an expression may take, and why.
struct Outcome {
  model::Node Value;
  /// "through var.x, whose default is true", "when var.env == \"prod\" is false" ...
  std::vector<std::string> Reasons;
  std::vector<Origin> Origins;
  /// Set when the value is a caller's module input (a bound variable): that input's name. Through
  /// modules nested in modules, the outermost caller's input (a binding keeps a name already set).
  std::string CallerInput;
};

struct Evaluation {
  /// Every concrete value found; with Unknown, the expression may also take values not listed.
  std::vector<Outcome> Outcomes;
  bool Unknown = false;
  /// A reference into a known value that does not hold it (`var.o.missing`): what try() skips.
  bool Missing = false;

  bool known() const { return !Unknown && !Missing && !Outcomes.empty(); }
};

class Evaluator {
public:
  /// Module may be null (a file evaluated alone: literals only). Expressions handed to evaluate()
  /// sit in Where (null: the analysed file).
  explicit Evaluator(const Module *M) : M(M), Loaded(true) {}
  /// The module is read only when an expression first refers to var.x or local.x (most attributes
  /// are literals, and reading a module parses all of its files).
  explicit Evaluator(std::function<const Module *()> Loader) : Loader(std::move(Loader)) {}

  /// Binds var.Name to a caller's input (evaluated in the caller; its origins stay there).
  void bind(std::string Name, Evaluation Value) { Bindings[std::move(Name)] = std::move(Value); }
  bool bound(std::string_view Name) const { return Bindings.count(std::string(Name)) != 0; }

  Evaluation evaluate(const model::Node &Expression, const ModuleFile *Where = nullptr) const;

private:
  Evaluation evaluate(const model::Node &N, const ModuleFile *Where, unsigned Depth) const;
  Evaluation reference(std::string_view Text, const ModuleFile *Where, const model::Node &At, unsigned Depth) const;
  Evaluation call(const model::Node &N, const ModuleFile *Where, unsigned Depth) const;
  Evaluation interpolate(const model::Node &N, const ModuleFile *Where, unsigned Depth) const;

  const Module *module() const {
    if (!Loaded) {
      Loaded = true;
      M = Loader ? Loader() : nullptr;
    }
    return M;
  }

  mutable const Module *M = nullptr;
  mutable bool Loaded = false;
  std::function<const Module *()> Loader;
  std::map<std::string, Evaluation> Bindings;
};

/// The value written the way HCL would: true, 0, "text".
std::string displayValue(const model::Node &Value);

} // namespace blastradius::terraform

#endif
