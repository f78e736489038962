// Terraform's safety catches switched off: force_destroy, skip_final_snapshot, the deletion
// protection flags and backup retention 0, written on a resource or handed to a module (lifecycle
// prevent_destroy = false and `removed` blocks that destroy are query rules with the judges of
// lib/analyzers/TerraformValueJudges.cpp). Values go through the shared evaluator (terraform/Evaluator): a variable's default or tfvars value, a local, `!var.x`, either arm of a conditional; the finding
// names the value that makes it risky and points at where it is set (related locations). Also:
// protection left at a provider default that does not protect (a lower level than an explicit
// false), and module inputs that reach a catch, in the terraform-aws-modules registry modules and in
// local modules (`source = "./modules/db"`), followed to the resource attribute they set.
#include "semantic/Analyzers.h"

#include "AnalysisLimits.h"

#include "terraform/Evaluator.h"
#include "terraform/Module.h"
#include "terraform/Protection.h"
#include "terraform/RiskyValue.h"

#include <algorithm>
#include <map>
#include <set>

namespace blastradius {

namespace {

using model::HclAttribute;
using model::HclBlock;
using model::Node;
using terraform::Evaluation;
using terraform::Evaluator;
using terraform::Outcome;
using terraform::RiskyWhen;
using terraform::isRisky;
using terraform::riskyOutcome;

constexpr std::string_view AbsentRule = "terraform-deletion-protection-absent";
constexpr std::string_view DisabledRule = "terraform-deletion-protection-disabled";

struct GuardAttribute {
  const char *Name;
  RiskyWhen Risky;
  const char *RuleId;
};

/// The attributes whose risky value removes a safety catch, wherever they sit in a resource
/// (top level or a nested block such as google_sql_database_instance.settings).
constexpr GuardAttribute GuardAttributes[] = {
    {"force_destroy", RiskyWhen::True, "terraform-force-destroy-enabled"},
    {"skip_final_snapshot", RiskyWhen::True, "terraform-skip-final-snapshot"},
    {"deletion_protection", RiskyWhen::False, "terraform-deletion-protection-disabled"},
    {"enable_deletion_protection", RiskyWhen::False, "terraform-deletion-protection-disabled"},
    {"deletion_protection_enabled", RiskyWhen::False, "terraform-deletion-protection-disabled"},
    // aws_networkfirewall_firewall and azurerm_key_vault spell it their own way.
    {"delete_protection", RiskyWhen::False, "terraform-deletion-protection-disabled"},
    {"purge_protection_enabled", RiskyWhen::False, "terraform-deletion-protection-disabled"},
    {"backup_retention_period", RiskyWhen::Zero, "terraform-backup-retention-disabled"},
};

/// Where the value comes from, as related locations of the last report.
void relate(SemanticContext &Context, const Outcome &O) {
  for (RelatedSpan &R : terraform::originSpans(O))
    Context.addRelated(std::move(R));
}

class TerraformDeletionProtection final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "terraform-deletion-protection"; }
  std::string_view description() const override {
    return "Terraform attributes and module inputs that switch off deletion safety catches, literally or "
           "through variables, locals and conditionals; protection left at an unprotected provider default";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {"terraform-force-destroy-enabled",     "terraform-skip-final-snapshot",
            "terraform-deletion-protection-disabled", "terraform-backup-retention-disabled", AbsentRule};
  }
  bool appliesTo(std::string_view Language) const override { return Language == "terraform"; }

  void analyze(SemanticContext &Context) const override {
    Evaluator Eval([&Context]() -> const terraform::Module * {
      if (Context.embedded() || !Context.services().TerraformModule)
        return nullptr;
      return Context.services().TerraformModule(".");
    });
    unsigned NestedCalls = 0; // the budget of nested module calls followed for this file
    for (const HclBlock &Block : Context.hcl().Blocks) {
      if (Block.Type == "resource") {
        checkGuards(Context, Eval, Block, 0);
        checkAbsent(Context, Block);
      } else if (Block.Type == "module")
        checkModuleCall(Context, Eval, Block, NestedCalls);
    }
  }

private:
  static void checkGuards(SemanticContext &Context, const Evaluator &Eval, const HclBlock &Block, unsigned Depth) {
    for (const HclAttribute &A : Block.Attributes)
      for (const GuardAttribute &Guard : GuardAttributes) {
        if (A.Name != Guard.Name || !Context.ruleEnabled(Guard.RuleId))
          continue;
        Evaluation E = Eval.evaluate(A.Value);
        const Outcome *Risky = riskyOutcome(E, Guard.Risky);
        if (!Risky)
          continue;
        std::string Detail = terraform::reasonsSuffix(*Risky);
        // Several spellings share one rule: its message names the one written here.
        if (Guard.Risky == RiskyWhen::False)
          Detail = A.Name + " = false" + Detail;
        Context.report(Guard.RuleId, A.Begin, A.End, Detail);
        relate(Context, *Risky);
      }
    if (Depth < 8)
      for (const HclBlock &Nested : Block.Blocks)
        if (Nested.Type != "lifecycle" && Nested.Type != "provisioner")
          checkGuards(Context, Eval, Nested, Depth + 1);
  }

  static void checkAbsent(SemanticContext &Context, const HclBlock &Resource) {
    const terraform::ProtectionDefault *Default = terraform::protectionDefault(Resource.label(0));
    if (!Default || Default->ProtectedByDefault || !Context.ruleEnabled(AbsentRule))
      return;
    if (Resource.attribute(Default->Attribute))
      return; // written: judged by its value (the -disabled rule), never as absent
    Context.report(AbsentRule, Resource.Begin, Resource.HeaderEnd,
                   std::string(Resource.label(0)) + "." + std::string(Resource.label(1)) + " does not set " +
                       std::string(Default->Attribute) + ", and the provider's default leaves it off");
  }

  /// `module "x" { source = ... }`: inputs of a known registry module, or inputs that a local
  /// module's resources use for a safety catch.
  static void checkModuleCall(SemanticContext &Context, const Evaluator &Eval, const HclBlock &Call,
                              unsigned &NestedCalls) {
    const HclAttribute *Source = Call.attribute("source");
    if (!Source || !Source->Value.isString() || Source->Value.Interpolated)
      return;
    const std::string &From = Source->Value.Value;
    std::string CallName(Call.label(0));
    if (From.rfind("./", 0) != 0 && From.rfind("../", 0) != 0) {
      for (const HclAttribute &A : Call.Attributes) {
        const terraform::ModuleInput *Input = terraform::registryModuleInput(From, A.Name);
        if (!Input || !Context.ruleEnabled(Input->RuleId))
          continue;
        Evaluation E = Eval.evaluate(A.Value);
        const Outcome *Risky = riskyOutcome(E, Input->Risky);
        if (!Risky)
          continue;
        std::string Detail = " (input of module \"" + CallName + "\", " + std::string(Input->Module) + ")" +
                             terraform::reasonsSuffix(*Risky);
        if (Input->Risky == RiskyWhen::False)
          Detail = A.Name + " = false" + Detail;
        Context.report(Input->RuleId, A.Begin, A.End, Detail);
        relate(Context, *Risky);
      }
      checkModuleDefaults(Context, Call, From);
      return;
    }
    if (Context.embedded() || !Context.services().TerraformModule)
      return;
    const terraform::Module *Callee = Context.services().TerraformModule(From);
    if (!Callee)
      return;
    Evaluator CalleeEval(Callee);
    std::map<std::string, const HclAttribute *> Inputs;
    for (const HclAttribute &A : Call.Attributes)
      if (!isMetaArgument(A.Name)) {
        CalleeEval.bind(A.Name, Eval.evaluate(A.Value));
        Inputs[A.Name] = &A;
      }
    // The caller's own directory is on the path too: a module that calls back up is no loop to follow.
    std::string Own = Context.path().find('/') == std::string::npos
                          ? std::string(".")
                          : Context.path().substr(0, Context.path().rfind('/'));
    ModuleWalk Walk{Context, Inputs, CallName, {}, {Own, Callee->Directory}, NestedCalls};
    followModule(Walk, *Callee, CalleeEval, From, "", 1);
  }

  /// A registry module call that leaves a protection input at the module's own default, off: the
  /// module twin of checkAbsent.
  static void checkModuleDefaults(SemanticContext &Context, const HclBlock &Call, const std::string &From) {
    if (!Context.ruleEnabled(AbsentRule))
      return;
    for (const terraform::ModuleProtectionDefault *Default : terraform::registryModuleDefaults(From)) {
      if (Call.attribute(Default->Input))
        continue; // written: judged by its value, never as absent
      bool MayCreateNothing = false;
      for (std::string_view Switch : Default->CreateInputs)
        if (const HclAttribute *Create = Switch.empty() ? nullptr : Call.attribute(Switch))
          MayCreateNothing = MayCreateNothing || !Create->Value.isTrue();
      if (MayCreateNothing)
        continue; // the module may create nothing
      Context.report(AbsentRule, Call.Begin, Call.HeaderEnd,
                     "module \"" + std::string(Call.label(0)) + "\" (" + std::string(Default->Module) +
                         ") does not set " + std::string(Default->Input) + ", and the module's default leaves it off");
    }
  }

  static bool isMetaArgument(std::string_view Name) {
    static const std::set<std::string, std::less<>> MetaArguments = {"source",   "version",   "count",
                                                                     "for_each", "providers", "depends_on"};
    return MetaArguments.count(Name) != 0;
  }

  /// One caller's module call followed down: its inputs (by name), what was already reported, the
  /// module directories on the current path (a module that calls itself, directly or not, is not
  /// followed again) and the file's budget of nested module calls.
  struct ModuleWalk {
    SemanticContext &Context;
    const std::map<std::string, const HclAttribute *> &Inputs;
    std::string CallName;
    std::set<std::pair<std::string, std::string>> Reported; // (input, rule)
    std::vector<std::string> Path;
    /// Shared by every module call of the file.
    unsigned &Calls;
  };

  /// Modules nested deeper than this below the caller, or more nested module calls than this for
  /// one file, are not followed (an error-level notification says so).
  static constexpr unsigned MaxModuleNesting = terraform::MaxModuleNesting;
  static constexpr unsigned MaxModuleCalls = 512;

  /// The first outcome that is risky and comes from one of the walk's caller inputs.
  static const Outcome *callerRisky(const Evaluation &E, RiskyWhen R, const ModuleWalk &Walk) {
    for (const Outcome &O : E.Outcomes)
      if (isRisky(O.Value, R) && Walk.Inputs.count(O.CallerInput))
        return &O;
    return nullptr;
  }

  static SemanticContext::Report::Related relatedIn(const terraform::ModuleFile &File, const HclAttribute &A,
                                                    std::string Message) {
    SemanticContext::Report::Related R;
    R.Path = File.Path;
    R.StartPos = File.Source->position(A.Begin);
    R.EndPos = File.Source->position(A.End);
    R.Message = std::move(Message);
    return R;
  }

  /// The resources of Callee that a caller input reaches, then the modules Callee calls: a
  /// registry module's known inputs, and local modules followed the same way one level further.
  /// PathFromFile names Callee's directory relative to the analysed file's; Via says how the input
  /// got there ("" for the caller's own module).
  static void followModule(ModuleWalk &Walk, const terraform::Module &Callee, const Evaluator &CalleeEval,
                           const std::string &PathFromFile, const std::string &Via, unsigned Level) {
    for (const auto &[Resource, File] : Callee.Resources)
      followInputs(Walk, CalleeEval, *Resource, *Resource, *File, Via, 0);
    for (const auto &[Call, File] : Callee.Calls) {
      const HclAttribute *Source = Call->attribute("source");
      if (!Source || !Source->Value.isString() || Source->Value.Interpolated)
        continue;
      const std::string &From = Source->Value.Value;
      std::string Name(Call->label(0));
      if (From.rfind("./", 0) != 0 && From.rfind("../", 0) != 0) {
        followRegistryCall(Walk, CalleeEval, *Call, *File, From, Via);
        continue;
      }
      if (Level >= MaxModuleNesting) {
        noteAnalysisLimit("Terraform modules nested deeper than 6 levels not followed");
        continue;
      }
      if (++Walk.Calls > MaxModuleCalls) {
        noteAnalysisLimit("more than 512 nested Terraform module calls in one file not followed");
        return;
      }
      std::string Inner = PathFromFile + "/" + From;
      const terraform::Module *Target = Walk.Context.services().TerraformModule(Inner);
      if (!Target || std::find(Walk.Path.begin(), Walk.Path.end(), Target->Directory) != Walk.Path.end())
        continue; // outside the scan root, or a module that (indirectly) calls itself
      Evaluator InnerEval(Target);
      for (const HclAttribute &A : Call->Attributes) {
        if (isMetaArgument(A.Name))
          continue;
        Evaluation E = CalleeEval.evaluate(A.Value, File);
        // A value the middle module writes itself is not the caller's: it is that module's own
        // finding, reported where it is written.
        for (Outcome &O : E.Outcomes)
          if (O.CallerInput.empty())
            O.CallerInput = "\x01";
        InnerEval.bind(A.Name, std::move(E));
      }
      Walk.Path.push_back(Target->Directory);
      followModule(Walk, *Target, InnerEval, Inner,
                   Via + ", passed on by module \"" + Name + "\" in " + File->Path, Level + 1);
      Walk.Path.pop_back();
    }
  }

  /// A registry module called from inside a local module, with a caller's input handed down to it.
  static void followRegistryCall(ModuleWalk &Walk, const Evaluator &CalleeEval, const HclBlock &Call,
                                 const terraform::ModuleFile &File, const std::string &From, const std::string &Via) {
    SemanticContext &Context = Walk.Context;
    for (const HclAttribute &A : Call.Attributes) {
      const terraform::ModuleInput *Input = terraform::registryModuleInput(From, A.Name);
      if (!Input || !Context.ruleEnabled(Input->RuleId))
        continue;
      Evaluation E = CalleeEval.evaluate(A.Value, &File);
      const Outcome *Risky = callerRisky(E, Input->Risky, Walk);
      if (!Risky || !Walk.Reported.insert({Risky->CallerInput, std::string(Input->RuleId)}).second)
        continue;
      std::string Detail = " (through input " + Risky->CallerInput + " of module \"" + Walk.CallName + "\"" + Via +
                           ", which passes it to input " + A.Name + " of module \"" + std::string(Call.label(0)) +
                           "\" (" + std::string(Input->Module) + ") in " + File.Path + ")" + terraform::reasonsSuffix(*Risky);
      if (Input->Risky == RiskyWhen::False)
        Detail = A.Name + " = false" + Detail;
      const HclAttribute &At = *Walk.Inputs.at(Risky->CallerInput);
      Context.report(Input->RuleId, At.Begin, At.End, Detail);
      relate(Context, *Risky);
      Context.addRelated(relatedIn(File, A, "the input reaches " + std::string(Input->Module) + " input " + A.Name + " here"));
    }
  }

  static void followInputs(ModuleWalk &Walk, const Evaluator &CalleeEval, const HclBlock &Resource,
                           const HclBlock &Block, const terraform::ModuleFile &File, const std::string &Via,
                           unsigned Depth) {
    SemanticContext &Context = Walk.Context;
    for (const HclAttribute &A : Block.Attributes)
      for (const GuardAttribute &Guard : GuardAttributes) {
        if (A.Name != Guard.Name || !Context.ruleEnabled(Guard.RuleId))
          continue;
        Evaluation E = CalleeEval.evaluate(A.Value, &File);
        const Outcome *Risky = callerRisky(E, Guard.Risky, Walk);
        if (!Risky || !Walk.Reported.insert({Risky->CallerInput, Guard.RuleId}).second)
          continue;
        std::string Where = std::string(Resource.label(0)) + "." + std::string(Resource.label(1));
        std::string Detail = " (through input " + Risky->CallerInput + " of module \"" + Walk.CallName + "\"" + Via +
                             ", which sets " + Where + "." + A.Name + " in " + File.Path + ")" + terraform::reasonsSuffix(*Risky);
        if (Guard.Risky == RiskyWhen::False)
          Detail = A.Name + " = false" + Detail;
        const HclAttribute &At = *Walk.Inputs.at(Risky->CallerInput);
        Context.report(Guard.RuleId, At.Begin, At.End, Detail);
        relate(Context, *Risky);
        Context.addRelated(relatedIn(File, A, "the input sets " + Where + "." + A.Name + " here"));
      }
    if (Depth < 8)
      for (const HclBlock &Nested : Block.Blocks)
        if (Nested.Type != "lifecycle" && Nested.Type != "provisioner")
          followInputs(Walk, CalleeEval, Resource, Nested, File, Via, Depth + 1);
  }
};

} // namespace

const SemanticAnalyzer &terraformDeletionProtectionAnalyzer() {
  static const TerraformDeletionProtection Instance;
  return Instance;
}

} // namespace blastradius
