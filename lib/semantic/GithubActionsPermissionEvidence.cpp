// DATA: which workflow steps show that a GITHUB_TOKEN write scope may be needed
// (github-actions-unneeded-write-permissions). Err on the side of evidence: a scope is reported only
// when nothing here matches, so a missing entry costs a false report while an extra one only costs a
// missed one.
#include "semantic/GithubActionsData.h"

namespace blastradius::gha {

const std::vector<ScopeEvidence> &permissionEvidence() {
  static const std::vector<ScopeEvidence> Table = {
      // Steps that can call any endpoint with the token.
      {"*", {"actions/github-script"}, R"(\bgh\s+api\b|api\.github\.com|uploads\.github\.com|octokit|graphql)"},

      {"contents",
       {"softprops/action-gh-release",
        "actions/create-release",
        "actions/upload-release-asset",
        "ncipollo/release-action",
        "svenstaro/upload-release-action",
        "stefanzweifel/git-auto-commit-action",
        "peter-evans/create-pull-request",
        "peter-evans/repository-dispatch",
        "endbug/add-and-commit",
        "ad-m/github-push-action",
        "jamesives/github-pages-deploy-action",
        "peaceiris/actions-gh-pages",
        "googleapis/release-please-action",
        "google-github-actions/release-please-action",
        "release-drafter/release-drafter",
        "goreleaser/goreleaser-action",
        "changesets/action",
        "crazy-max/ghaction-github-pages",
        "mathieudutour/github-tag-action",
        "anothrnick/github-tag-action",
        "rickstaa/action-create-tag",
        "cycjimmy/semantic-release-action",
        "gradle/actions/dependency-submission",
        "anchore/sbom-action",
        "planetscale/ghcommit-action",
        "jreleaser/release-action"},
       R"((?i)\bgit\b[^\n]*\b(push|tag)\b|\bgh\s+(release|repo|secret|variable)\b|semantic-release|goreleaser|)"
       R"(changeset|release-it|standard-version|\blerna\b|\bnpm\s+version\b|cargo[- ]release|release|publish|)"
       R"(deploy|commit|bump|push|gh-pages|dependency-(submission|graph)|snapshots)"},

      {"packages",
       {"docker/build-push-action", "docker/bake-action", "redhat-actions/push-to-registry",
        "goreleaser/goreleaser-action", "actions/delete-package-versions", "ko-build/setup-ko",
        "jreleaser/release-action"},
       R"((?i)\b(docker|podman|buildah|nerdctl)\s+(image\s+)?push\b|--push\b|push=true|type=registry|ghcr\.io|)"
       R"(\.pkg\.github\.com|\bnpm\s+publish\b|\b(mvn|mvnw|gradle|gradlew)\b[^\n]*\b(deploy|publish)|nuget\s+push|)"
       R"(\bko\s+(build|publish|resolve|apply)\b|\bcrane\s+(push|copy|cp|tag|append)\b|\bskopeo\s+copy\b|)"
       R"(\boras\s+push\b|\bhelm\s+push\b|goreleaser|\bjib\b|publish)"},

      {"id-token",
       {"aws-actions/configure-aws-credentials",
        "google-github-actions/auth",
        "azure/login",
        "sigstore/cosign-installer",
        "sigstore/gh-action-sigstore-python",
        "actions/attest-build-provenance",
        "actions/attest-sbom",
        "actions/attest",
        "pypa/gh-action-pypi-publish",
        "hashicorp/vault-action",
        "rubygems/release-gem",
        "rubygems/configure-rubygems-credentials",
        "codecov/codecov-action",
        "jfrog/setup-jfrog-cli",
        "pulumi/auth-actions",
        "octo-sts/action",
        "ossf/scorecard-action",
        "tailscale/github-action",
        "slsa-framework/slsa-github-generator",
        "actions/deploy-pages"},
       // Providers and CLIs that exchange the token by themselves when configured outside the
       // workflow (azurerm's use_oidc, npm trusted publishing, Vault's JWT login).
       R"((?i)ACTIONS_ID_TOKEN_REQUEST|\bcosign\b|sigstore|--provenance|id-token|idtoken|oidc|)"
       R"(web-identity|webidentity|federated|\bgh\s+attestation\b|\battest|\b(terraform|tofu|terragrunt|)"
       R"(pulumi|vault|az|gcloud)\b|ARM_|AZURE_|publish)"},

      {"pull-requests",
       {"peter-evans/create-pull-request",
        "peter-evans/create-or-update-comment",
        "peter-evans/enable-pull-request-automerge",
        "marocchino/sticky-pull-request-comment",
        "thollander/actions-comment-pull-request",
        "mshick/add-pr-comment",
        "actions/labeler",
        "hmarr/auto-approve-action",
        "pascalgn/automerge-action",
        "actions/first-interaction",
        "actions/stale",
        "googleapis/release-please-action",
        "google-github-actions/release-please-action",
        "changesets/action",
        "release-drafter/release-drafter",
        "reviewdog",
        "actions-ecosystem/action-add-labels",
        "actions-ecosystem/action-remove-labels",
        "kentaro-m/auto-assign-action",
        "toshimaru/auto-author-assign"},
       R"((?i)\bgh\s+pr\b|reviewdog|\bdanger\b|pull-request|pull_request|pulls|\bpr\b)"},

      {"issues",
       {"peter-evans/create-or-update-comment", "peter-evans/create-issue-from-file", "actions/stale",
        "actions/first-interaction", "jasonetco/create-an-issue", "dacbd/create-issue-action", "imjohnbo/issue-bot",
        "actions-ecosystem/action-add-labels", "actions-ecosystem/action-remove-labels",
        "peter-evans/create-pull-request", "marocchino/sticky-pull-request-comment",
        "thollander/actions-comment-pull-request", "mshick/add-pr-comment", "actions/labeler",
        "googleapis/release-please-action", "google-github-actions/release-please-action", "changesets/action",
        "kentaro-m/auto-assign-action", "toshimaru/auto-author-assign"},
       R"((?i)\bgh\s+(issue|label|pr)\b|semantic-release|issue|label|comment)"},

      {"pages", {"actions/deploy-pages"}, R"((?i)pages)"},

      {"deployments",
       {"chrnorm/deployment-action", "chrnorm/deployment-status", "bobheadxi/deployments"},
       R"((?i)deployment)"},

      {"statuses",
       {"sibz/github-status-action", "ouzi-dev/commit-status-updater", "myrotvorets/set-commit-status-action",
        "guibranco/github-status-action-v2", "github/super-linter", "super-linter/super-linter"},
       R"((?i)statuses|commit.?status)"},

      {"checks",
       {"dorny/test-reporter", "mikepenz/action-junit-report", "enricomi/publish-unit-test-result-action",
        "louisbrunner/checks-action", "reviewdog", "actions-rs/clippy-check", "wearerequired/lint-action"},
       R"((?i)check-runs|check-suites|check_run|\bchecks\b|reviewdog)"},

      {"security-events",
       {"github/codeql-action", "ossf/scorecard-action", "advanced-security", "microsoft/security-devops-action"},
       R"((?i)codeql|sarif|code-scanning)"},

      {"attestations", {"actions/attest-build-provenance", "actions/attest-sbom", "actions/attest"}, R"((?i)attest)"},

      {"actions",
       {"styfle/cancel-workflow-action", "benc-uk/workflow-dispatch", "andymckay/cancel-action"},
       R"((?i)\bgh\s+(workflow|run|cache)\b|workflow_dispatch|dispatches|caches)"},
  };
  return Table;
}

const std::vector<std::string_view> &actionsNeedingNoWrite() {
  static const std::vector<std::string_view> Actions = {
      "actions/checkout",
      "actions/setup-*",
      "actions/cache",
      "actions/upload-artifact",
      "actions/download-artifact",
      "actions/upload-pages-artifact",
      "actions/configure-pages",
      "actions/dependency-review-action",
      "docker/setup-buildx-action",
      "docker/setup-qemu-action",
      "docker/login-action",
      "docker/metadata-action",
      "hashicorp/setup-terraform",
      "azure/setup-kubectl",
      "azure/setup-helm",
      "dtolnay/rust-toolchain",
      "swatinem/rust-cache",
      "pnpm/action-setup",
      "oven-sh/setup-bun",
      "denoland/setup-deno",
      "ruby/setup-ruby",
      "astral-sh/setup-uv",
      "erlef/setup-beam",
      "subosito/flutter-action",
      "jdx/mise-action",
      "actions-rs/toolchain",
      "taiki-e/install-action",
      "mlugg/setup-zig",
      "goto-bus-stop/setup-zig",
      "aws-actions/amazon-ecr-login",
      "google-github-actions/setup-gcloud",
  };
  return Actions;
}

bool actionMatches(std::string_view Action, std::string_view Entry) {
  if (!Entry.empty() && Entry.back() == '*')
    return Action.substr(0, Entry.size() - 1) == Entry.substr(0, Entry.size() - 1);
  if (Action.substr(0, Entry.size()) != Entry)
    return false;
  return Action.size() == Entry.size() || Action[Entry.size()] == '/';
}

} // namespace blastradius::gha
