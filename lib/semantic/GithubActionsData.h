// The knowledge the github-actions analysers judge by, kept as data apart from the logic that reads
// it: which steps show that a token scope is needed, and which commands and actions change
// production. Editing a table changes what is reported; the analysers need no change.
#ifndef BLASTRADIUS_SEMANTIC_GITHUBACTIONSDATA_H
#define BLASTRADIUS_SEMANTIC_GITHUBACTIONSDATA_H

#include <string_view>
#include <vector>

namespace blastradius::gha {

/// Steps that show a GITHUB_TOKEN scope may be needed. Action names are lower-case and match the
/// action or any action under it ("github/codeql-action" covers "github/codeql-action/analyze");
/// a trailing '*' matches any suffix ("actions/setup-*"). The pattern is an RE2 searched in `run:`
/// scripts and in every `with:`/`env:` string of the job: evidence is read generously, because a
/// missing piece of evidence turns into a false report.
struct ScopeEvidence {
  /// "contents", "packages" ... or "*" for steps that may use any scope (actions/github-script,
  /// `gh api`, raw REST calls).
  std::string_view Scope;
  std::vector<std::string_view> Actions;
  std::string_view TextPattern;
};

/// Every scope the unneeded-write rule judges, with its evidence. Scopes absent here are never
/// reported.
const std::vector<ScopeEvidence> &permissionEvidence();

/// Actions known to need no write scope of the GITHUB_TOKEN (toolchain set-up, caches, artifacts,
/// checkout). Any other action not named in permissionEvidence() may use any scope: a workflow
/// that runs one is not judged.
const std::vector<std::string_view> &actionsNeedingNoWrite();

/// Whether an action name matches a table entry (exact, a sub-action of it, or a '*' prefix).
bool actionMatches(std::string_view Action, std::string_view Entry);

/// A command line that changes deployed infrastructure: the tool and the words that must follow
/// it (options skipped); "*" matches any one word.
struct ProductionCommand {
  std::string_view Tool;
  std::vector<std::string_view> Words;
};
const std::vector<ProductionCommand> &productionCommands();

/// Options of the global kind that take the next word as their value (`-n prod`, `--context x`),
/// skipped when the command's words are matched.
const std::vector<std::string_view> &optionsTakingValue();

/// Arguments that make a production command change nothing (`--dry-run`, `-help`): exact, or as
/// a prefix when they end in '='.
bool isNonMutatingArgument(std::string_view Argument);

/// Actions that deploy or apply infrastructure when used (`azure/k8s-deploy`, `dflook/terraform-apply`).
const std::vector<std::string_view> &deployActions();

/// Actions that start a throwaway cluster or cloud emulator on the runner (kind, minikube, k3d,
/// LocalStack): a job that uses one applies to that, not to production.
const std::vector<std::string_view> &localClusterActions();
/// The same, as an RE2 searched in the job's `run:` scripts and `services:` images
/// (`kind create cluster`, `minikube start`, `localstack`).
std::string_view localClusterPattern();

} // namespace blastradius::gha

#endif
