// Triggers that run untrusted code with trusted credentials: a `pull_request_target` workflow that
// checks out the pull request's head runs a fork's code with the base repository's secrets and a
// write token.
#include "semantic/Analyzers.h"
#include "semantic/GithubWorkflow.h"

#include <re2/re2.h>

#include <string>

namespace blastradius {

namespace {

using gha::Job;
using gha::Step;
using gha::Workflow;
using model::Node;

constexpr std::string_view CheckoutHeadRule = "github-actions-pull-request-target-checkout-head";

/// Text that names the pull request's head (its commit, branch, repository or a `refs/pull` ref).
bool namesHead(std::string_view Text) {
  static const RE2 Head(R"(pull_request\.head\.|github\.head_ref|GITHUB_HEAD_REF|merge_commit_sha|)"
                        R"(refs/pull/|\bpull/(?:\$\{\{[^}]*\}\}|[^/\s]+)/(?:head|merge)\b)");
  return RE2::PartialMatch(Text, Head);
}

/// An `if:` that keeps the step from running on an open pull request's code: the pull request is
/// merged already, or the job runs only for another named event.
bool guardedAway(const Node *If) {
  std::string_view Text = gha::scalarText(If);
  if (Text.empty())
    return false;
  // Either branch of an `||` may let it run: no guard then.
  if (Text.find("||") != std::string_view::npos)
    return false;
  static const RE2 Merged(R"((?:^|[^!\w.])github\.event\.pull_request\.merged\s*(?:==\s*true\b|&&|\}\}|\)|$))");
  if (RE2::PartialMatch(Text, Merged))
    return true;
  if (Text.find("pull_request_target") != std::string_view::npos)
    return false;
  static const RE2 OtherEvent(R"(github\.event_name\s*==\s*['"](\w+)['"]|['"](\w+)['"]\s*==\s*github\.event_name)");
  std::string First, Second;
  return RE2::PartialMatch(Text, OtherEvent, &First, &Second);
}

/// The value of an environment variable as the workflow, job or step sets it, or "".
std::string_view envValue(const Workflow &W, const Job &J, const Step &S, std::string_view Name) {
  for (const Node *Env : {S.Env, J.Env, W.Env})
    if (Env && Env->isMapping())
      if (const Node *Value = Env->get(Name))
        return gha::scalarText(Value);
  return {};
}

/// `$HEAD`, `${HEAD}`, `"$HEAD"` ... whose value names the head.
bool refersToHeadVariable(std::string_view Arg, const Workflow &W, const Job &J, const Step &S) {
  static const RE2 Variable(R"(\$\{?([A-Za-z_][A-Za-z0-9_]*))");
  std::string Name;
  re2::StringPiece Input(Arg.data(), Arg.size());
  while (RE2::FindAndConsume(&Input, Variable, &Name))
    if (namesHead(envValue(W, J, S, Name)))
      return true;
  return false;
}

void checkScript(SemanticContext &Context, const Workflow &W, const Job &J, const Step &S) {
  std::optional<gha::Script> Script = gha::parseScript(Context.text(), S);
  if (!Script)
    return;
  const std::string &Text = Script->Snippet.Text;
  for (const gha::ScriptCommand &Command : Script->Commands) {
    size_t First = 0;
    std::string Name = gha::effectiveCommand(Command, First);
    // git's own options come before the subcommand: `git -C repo -c core.x=y checkout ...`.
    while (Name == "git" && First < Command.Args.size() && Command.Args[First].substr(0, 1) == "-")
      First += Command.Args[First] == "-C" || Command.Args[First] == "-c" ? 2 : 1;
    if (First >= Command.Args.size())
      continue;
    const std::string &Sub = Command.Args[First];
    if (Name == "gh" && Sub == "pr" && First + 1 < Command.Args.size() && Command.Args[First + 1] == "checkout") {
      uint32_t End = Command.ArgRanges[First + 1].second;
      Context.report(CheckoutHeadRule, Script->hostOffset(Command.NameBegin), Script->hostOffset(End),
                     "gh pr checkout");
      continue;
    }
    if (Name != "git" || (Sub != "checkout" && Sub != "fetch" && Sub != "switch" && Sub != "pull" && Sub != "reset" &&
                          Sub != "worktree"))
      continue;
    for (size_t I = First + 1; I < Command.ArgRanges.size(); ++I) {
      auto [Begin, End] = Command.ArgRanges[I];
      if (End > Text.size() || Begin > End)
        continue;
      std::string_view Arg = std::string_view(Text).substr(Begin, End - Begin);
      if (!namesHead(Arg) && !refersToHeadVariable(Arg, W, J, S))
        continue;
      Context.report(CheckoutHeadRule, Script->hostOffset(Begin), Script->hostOffset(End),
                     "git " + Sub + " " + std::string(Arg));
      break;
    }
  }
}

void checkStep(SemanticContext &Context, const Workflow &W, const Job &J, const Step &S) {
  if (guardedAway(S.If))
    return;
  if (S.action() == "actions/checkout") {
    const Node *Ref = S.input("ref");
    if (Ref && namesHead(Ref->Value)) {
      Context.report(CheckoutHeadRule, *Ref, "ref: " + Ref->Value);
      return;
    }
    // The fork's repository at its default branch is the contributor's code too.
    const Node *Repository = S.input("repository");
    if (Repository && namesHead(Repository->Value))
      Context.report(CheckoutHeadRule, *Repository, "repository: " + Repository->Value);
    return;
  }
  if (S.Run)
    checkScript(Context, W, J, S);
}

class GithubActionsTriggers final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "github-actions-triggers"; }
  std::string_view description() const override {
    return "Workflow triggers that run a pull request's code with the base repository's secrets and token";
  }
  std::vector<std::string_view> ruleIds() const override { return {CheckoutHeadRule}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "github-actions"; }

  void analyze(SemanticContext &Context) const override {
    if (!Context.ruleEnabled(CheckoutHeadRule))
      return;
    for (const Workflow &W : gha::workflows(Context.yamlDocuments())) {
      if (!W.triggeredBy("pull_request_target"))
        continue;
      for (const Job &J : W.Jobs) {
        if (guardedAway(J.If))
          continue;
        for (const Step &S : J.Steps)
          checkStep(Context, W, J, S);
      }
    }
  }
};

} // namespace

const SemanticAnalyzer &githubActionsTriggersAnalyzer() {
  static const GithubActionsTriggers Instance;
  return Instance;
}

} // namespace blastradius
