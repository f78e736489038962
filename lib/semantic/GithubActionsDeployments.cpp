// Jobs that change production (terraform apply, kubectl apply, helm upgrade, a deploy action)
// without an `environment:`, the only place GitHub can require a reviewer, restrict branches or
// hold a wait timer before the change runs.
#include "semantic/Analyzers.h"
#include "semantic/GithubActionsData.h"
#include "semantic/GithubWorkflow.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

namespace blastradius {

namespace {

using gha::Job;
using gha::Step;
using model::Node;

constexpr std::string_view ProductionChangeRule = "github-actions-production-change-without-environment";

bool takesValue(std::string_view Option) {
  const std::vector<std::string_view> &Options = gha::optionsTakingValue();
  return Option.find('=') == std::string_view::npos &&
         std::find(Options.begin(), Options.end(), Option) != Options.end();
}

/// The indices of the command's positional words that match Words, in order, or nothing when the
/// positional words do not start with them.
std::vector<size_t> matchWords(const gha::ScriptCommand &Command, size_t First,
                               const std::vector<std::string_view> &Words) {
  std::vector<size_t> Matched;
  for (size_t I = First; I < Command.Args.size() && Matched.size() < Words.size(); ++I) {
    const std::string &Arg = Command.Args[I];
    if (Arg.size() > 1 && Arg[0] == '-') {
      if (takesValue(Arg))
        ++I;
      continue;
    }
    std::string_view Word = Words[Matched.size()];
    if (Word != "*" && Arg != Word)
      return {};
    Matched.push_back(I);
  }
  return Matched.size() == Words.size() ? Matched : std::vector<size_t>{};
}

void checkScript(SemanticContext &Context, const Job &J, const Step &S) {
  // Scripts run by another interpreter are not shell commands.
  std::string_view Shell = gha::scalarText(S.Shell);
  if (Shell.find("python") != std::string_view::npos || Shell.find("node") != std::string_view::npos)
    return;
  std::optional<gha::Script> Script = gha::parseScript(Context.text(), S);
  if (!Script)
    return;
  for (const gha::ScriptCommand &Command : Script->Commands) {
    size_t First = 0;
    std::string Name = gha::effectiveCommand(Command, First);
    if (Name.empty())
      continue;
    bool NonMutating = std::any_of(Command.Args.begin() + std::min(First, Command.Args.size()), Command.Args.end(),
                                   [](const std::string &Arg) { return gha::isNonMutatingArgument(Arg); });
    if (NonMutating)
      continue;
    for (const gha::ProductionCommand &Entry : gha::productionCommands()) {
      if (Entry.Tool != Name)
        continue;
      std::vector<size_t> Matched = matchWords(Command, First, Entry.Words);
      if (Matched.empty())
        continue;
      std::string Detail = Name;
      for (size_t I : Matched)
        Detail += " " + Command.Args[I];
      Detail += " (job '" + std::string(J.Id) + "')";
      Context.report(ProductionChangeRule, Script->hostOffset(Command.NameBegin),
                     Script->hostOffset(Command.ArgRanges[Matched.back()].second), Detail);
      break;
    }
  }
}

void checkAction(SemanticContext &Context, const Job &J, const Step &S) {
  std::string Action = S.action();
  if (Action.empty())
    return;
  const std::vector<std::string_view> &Deploys = gha::deployActions();
  if (std::none_of(Deploys.begin(), Deploys.end(),
                   [&](std::string_view Entry) { return gha::actionMatches(Action, Entry); }))
    return;
  // pulumi/actions also previews and refreshes; only up and destroy change the stack.
  if (Action == "pulumi/actions") {
    std::string_view Command = gha::scalarText(S.input("command"));
    if (Command != "up" && Command != "update" && Command != "destroy")
      return;
  }
  Context.report(ProductionChangeRule, *S.Uses, Action + " (job '" + std::string(J.Id) + "')");
}

/// Every string under a node (a `services:` mapping's images and options).
void collectStrings(const Node *Value, std::string &Out) {
  if (!Value)
    return;
  if (Value->isScalar() || Value->Kind == model::NodeKind::Expression) {
    Out += Value->Value;
    Out += '\n';
    return;
  }
  for (const Node &Item : Value->Items)
    collectStrings(&Item, Out);
  for (const model::MapEntry &Entry : Value->Entries)
    collectStrings(&Entry.Value, Out);
}

/// Whether the job starts a throwaway cluster or cloud emulator on the runner: its applies and
/// deploys go there (end-to-end tests), not to production.
bool targetsLocalCluster(const Job &J) {
  static const RE2 Local(gha::localClusterPattern());
  std::string Text;
  collectStrings(J.Body->get("services"), Text);
  collectStrings(J.Body->get("container"), Text);
  const std::vector<std::string_view> &Actions = gha::localClusterActions();
  for (const Step &S : J.Steps) {
    std::string Action = S.action();
    if (!Action.empty() && std::any_of(Actions.begin(), Actions.end(),
                                       [&](std::string_view Entry) { return gha::actionMatches(Action, Entry); }))
      return true;
    collectStrings(S.Run, Text);
  }
  return RE2::PartialMatch(Text, Local);
}

class GithubActionsDeployments final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "github-actions-deployments"; }
  std::string_view description() const override {
    return "Jobs that change production (apply, deploy, destroy) without a GitHub environment to gate them";
  }
  std::vector<std::string_view> ruleIds() const override { return {ProductionChangeRule}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "github-actions"; }

  void analyze(SemanticContext &Context) const override {
    if (!Context.ruleEnabled(ProductionChangeRule))
      return;
    for (const gha::Workflow &W : gha::workflows(Context.yamlDocuments()))
      for (const Job &J : W.Jobs) {
        if (J.callsReusableWorkflow() || J.hasEnvironment() || targetsLocalCluster(J))
          continue;
        for (const Step &S : J.Steps) {
          if (S.Run)
            checkScript(Context, J, S);
          else if (S.Uses)
            checkAction(Context, J, S);
        }
      }
  }
};

} // namespace

const SemanticAnalyzer &githubActionsDeploymentsAnalyzer() {
  static const GithubActionsDeployments Instance;
  return Instance;
}

} // namespace blastradius
