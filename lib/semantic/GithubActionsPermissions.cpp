// The GITHUB_TOKEN's permissions in a workflow: workflow-wide write scopes that no job appears to
// need, and workflows that leave the token at the repository default. (`permissions: write-all` is a
// query rule: rules/github-actions/github-actions-write-all-permissions/.)
#include "semantic/Analyzers.h"
#include "semantic/GithubActionsData.h"
#include "semantic/GithubWorkflow.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

namespace blastradius {

namespace {

using gha::Job;
using gha::Step;
using gha::Workflow;
using model::Node;

constexpr std::string_view UnneededWriteRule = "github-actions-unneeded-write-permissions";
constexpr std::string_view MissingRule = "github-actions-missing-permissions";

/// A workflow only other workflows call runs with the caller's token, which the caller restricts.
bool onlyCalledByOtherWorkflows(const Workflow &W) {
  return !W.Events.empty() &&
         std::all_of(W.Events.begin(), W.Events.end(), [](const Node *E) { return E->Value == "workflow_call"; });
}

void checkMissing(SemanticContext &Context, const Workflow &W) {
  if (W.Root->entry("permissions") || W.Jobs.empty() || onlyCalledByOtherWorkflows(W))
    return;
  std::string Jobs;
  std::string_view Called; // a reusable workflow that receives the default token from its caller
  unsigned Count = 0;
  for (const Job &J : W.Jobs) {
    if (J.Body->entry("permissions"))
      continue;
    if (J.callsReusableWorkflow() && Called.empty())
      Called = gha::scalarText(J.Uses);
    if (Count < 3)
      Jobs += (Count ? ", " : "") + std::string(J.Id);
    ++Count;
  }
  if (!Count)
    return;
  if (Count > 3)
    Jobs += " and " + std::to_string(Count - 3) + " more";
  std::string Detail = (Count == 1 ? "job " : "jobs ") + Jobs;
  // The called workflow's jobs run with the caller's token: the caller is where it is decided.
  if (!Called.empty())
    Detail += " (which hands the token on to " + std::string(Called) + ")";
  if (W.On) {
    Context.report(MissingRule, W.On->Key, Detail);
    return;
  }
  std::string_view Text = Context.text();
  size_t LineEnd = Text.find('\n');
  Context.report(MissingRule, 0, static_cast<uint32_t>(LineEnd == std::string_view::npos ? Text.size() : LineEnd),
                 Detail);
}

/// The scopes the steps of the judged jobs may need; All when one of them may need any.
struct Evidence {
  std::set<std::string, std::less<>> Scopes;
  bool All = false;
};

struct CompiledEvidence {
  std::string_view Scope;
  const gha::ScopeEvidence *Entry;
  std::unique_ptr<RE2> Pattern;
};

const std::vector<CompiledEvidence> &compiledEvidence() {
  static const std::vector<CompiledEvidence> Compiled = [] {
    std::vector<CompiledEvidence> Out;
    for (const gha::ScopeEvidence &E : gha::permissionEvidence())
      Out.push_back({E.Scope, &E, std::make_unique<RE2>(E.TextPattern)});
    return Out;
  }();
  return Compiled;
}

void addScope(Evidence &Found, std::string_view Scope) {
  if (Scope == "*")
    Found.All = true;
  else
    Found.Scopes.emplace(Scope);
}

/// Every string under a node (a `with:` or `env:` mapping's values).
void collectStrings(const Node *Value, std::vector<std::string_view> &Out) {
  if (!Value)
    return;
  if (Value->isScalar() || Value->Kind == model::NodeKind::Expression) {
    Out.push_back(Value->Value);
    return;
  }
  for (const Node &Item : Value->Items)
    collectStrings(&Item, Out);
  for (const model::MapEntry &Entry : Value->Entries)
    collectStrings(&Entry.Value, Out);
}

bool mentionsToken(std::string_view Text) {
  static const RE2 Token(R"((?i)GITHUB_TOKEN|GH_TOKEN|github\.token)");
  return RE2::PartialMatch(Text, Token);
}

void addActionEvidence(const Step &S, Evidence &Found) {
  if (S.usesOpaqueAction()) {
    Found.All = true;
    return;
  }
  std::string Action = S.action();
  if (Action.empty())
    return;
  bool Known = false;
  for (const gha::ScopeEvidence &E : gha::permissionEvidence()) {
    if (!std::any_of(E.Actions.begin(), E.Actions.end(),
                     [&](std::string_view Entry) { return gha::actionMatches(Action, Entry); }))
      continue;
    Known = true;
    // docker/build-push-action only pushes when asked to (push defaults to false).
    if (Action == "docker/build-push-action" && E.Scope == "packages") {
      const Node *Push = S.input("push");
      if (!Push || Push->isFalse())
        continue;
    }
    addScope(Found, E.Scope);
  }
  const std::vector<std::string_view> &Neutral = gha::actionsNeedingNoWrite();
  if (!Known && std::none_of(Neutral.begin(), Neutral.end(),
                             [&](std::string_view Entry) { return gha::actionMatches(Action, Entry); }))
    Found.All = true;
}

void addTextEvidence(std::string_view Text, Evidence &Found) {
  for (const CompiledEvidence &E : compiledEvidence())
    if (E.Pattern->ok() && RE2::PartialMatch(Text, *E.Pattern))
      addScope(Found, E.Scope);
}

Evidence evidenceOf(const Workflow &W, const std::vector<const Job *> &Jobs) {
  Evidence Found;
  std::vector<std::string_view> WorkflowEnv;
  collectStrings(W.Env, WorkflowEnv);
  for (const Job *J : Jobs) {
    // A job that deploys to an environment creates deployments.
    if (J->Environment)
      Found.Scopes.emplace("deployments");
    std::vector<std::string_view> JobEnv = WorkflowEnv;
    collectStrings(J->Env, JobEnv);
    for (std::string_view Text : JobEnv)
      addTextEvidence(Text, Found);
    for (const Step &S : J->Steps) {
      addActionEvidence(S, Found);
      std::vector<std::string_view> Texts;
      collectStrings(S.With, Texts);
      collectStrings(S.Env, Texts);
      std::string_view Run = gha::scalarText(S.Run);
      if (!Run.empty())
        Texts.push_back(Run);
      for (std::string_view Text : Texts)
        addTextEvidence(Text, Found);
      if (Run.empty())
        continue;
      // A script handed the token may call any endpoint, unless all it runs is `gh`, whose
      // subcommands the table already reads.
      static const RE2 Gh(R"(\bgh\s)");
      bool TokenInScope = mentionsToken(Run) || std::any_of(Texts.begin(), Texts.end(), mentionsToken) ||
                          std::any_of(JobEnv.begin(), JobEnv.end(), mentionsToken);
      if (TokenInScope && !RE2::PartialMatch(Run, Gh))
        Found.All = true;
    }
  }
  return Found;
}

void checkUnneededWrites(SemanticContext &Context, const Workflow &W) {
  if (!W.Permissions || !W.Permissions->isMapping())
    return;
  // A called reusable workflow may need any scope; its steps are not in this file.
  if (std::any_of(W.Jobs.begin(), W.Jobs.end(), [](const Job &J) { return J.callsReusableWorkflow(); }))
    return;
  // Only jobs without their own `permissions:` receive the workflow-wide ones.
  std::vector<const Job *> Inheriting;
  for (const Job &J : W.Jobs)
    if (!J.Body->entry("permissions"))
      Inheriting.push_back(&J);
  if (Inheriting.empty())
    return;
  Evidence Found = evidenceOf(W, Inheriting);
  if (Found.All)
    return;
  const std::vector<gha::ScopeEvidence> &Table = gha::permissionEvidence();
  for (const model::MapEntry &Entry : W.Permissions->Entries) {
    if (!Entry.Key.isScalar() || !Entry.Value.isLiteral("write"))
      continue;
    std::string_view Scope = Entry.Key.Value;
    bool Judged = Scope != "*" && std::any_of(Table.begin(), Table.end(),
                                              [&](const gha::ScopeEvidence &E) { return E.Scope == Scope; });
    if (!Judged || Found.Scopes.count(Scope))
      continue;
    Context.report(UnneededWriteRule, Entry.Key.Begin, Entry.Value.End, std::string(Scope) + ": write");
  }
}

class GithubActionsPermissions final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "github-actions-permissions"; }
  std::string_view description() const override {
    return "GITHUB_TOKEN permissions of a workflow: workflow-wide write scopes no step needs, no permissions at "
           "all";
  }
  std::vector<std::string_view> ruleIds() const override { return {UnneededWriteRule, MissingRule}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "github-actions"; }

  void analyze(SemanticContext &Context) const override {
    for (const Workflow &W : gha::workflows(Context.yamlDocuments())) {
      if (Context.ruleEnabled(UnneededWriteRule))
        checkUnneededWrites(Context, W);
      if (Context.ruleEnabled(MissingRule))
        checkMissing(Context, W);
    }
  }
};

} // namespace

const SemanticAnalyzer &githubActionsPermissionsAnalyzer() {
  static const GithubActionsPermissions Instance;
  return Instance;
}

} // namespace blastradius
