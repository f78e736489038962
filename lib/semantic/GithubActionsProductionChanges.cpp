// DATA: commands and actions that change deployed infrastructure
// (github-actions-production-change-without-environment). Only commands that change something are
// listed: plans, diffs, renders and reads (`terraform plan`, `helm template`, `kubectl get`) are not.
#include "semantic/GithubActionsData.h"

#include <algorithm>

namespace blastradius::gha {

const std::vector<ProductionCommand> &productionCommands() {
  static const std::vector<ProductionCommand> Table = {
      {"terraform", {"apply"}},
      {"terraform", {"destroy"}},
      {"tofu", {"apply"}},
      {"tofu", {"destroy"}},
      {"terragrunt", {"apply"}},
      {"terragrunt", {"destroy"}},
      {"terragrunt", {"run-all", "apply"}},
      {"terragrunt", {"run-all", "destroy"}},
      {"terragrunt", {"run", "apply"}},
      {"terragrunt", {"run", "destroy"}},
      {"cdktf", {"deploy"}},
      {"cdktf", {"destroy"}},
      {"kubectl", {"apply"}},
      {"kubectl", {"delete"}},
      {"kubectl", {"replace"}},
      {"kubectl", {"create"}},
      {"kubectl", {"patch"}},
      {"kubectl", {"scale"}},
      {"kubectl", {"set"}},
      {"kubectl", {"drain"}},
      {"kubectl", {"rollout", "restart"}},
      {"kubectl", {"rollout", "undo"}},
      {"helm", {"install"}},
      {"helm", {"upgrade"}},
      {"helm", {"uninstall"}},
      {"helm", {"delete"}},
      {"helm", {"rollback"}},
      {"helmfile", {"apply"}},
      {"helmfile", {"sync"}},
      {"helmfile", {"destroy"}},
      {"helmfile", {"delete"}},
      {"pulumi", {"up"}},
      {"pulumi", {"update"}},
      {"pulumi", {"destroy"}},
      {"cdk", {"deploy"}},
      {"cdk", {"destroy"}},
      {"aws", {"cloudformation", "deploy"}},
      {"aws", {"cloudformation", "create-stack"}},
      {"aws", {"cloudformation", "update-stack"}},
      {"aws", {"cloudformation", "delete-stack"}},
      {"aws", {"cloudformation", "execute-change-set"}},
      {"aws", {"ecs", "update-service"}},
      {"aws", {"lambda", "update-function-code"}},
      {"sam", {"deploy"}},
      {"sam", {"delete"}},
      {"serverless", {"deploy"}},
      {"serverless", {"remove"}},
      {"sls", {"deploy"}},
      {"sls", {"remove"}},
      {"gcloud", {"*", "deploy"}},
      {"gcloud", {"*", "*", "deploy"}},
      {"gcloud", {"deployment-manager", "deployments", "create"}},
      {"gcloud", {"deployment-manager", "deployments", "update"}},
      {"gcloud", {"deployment-manager", "deployments", "delete"}},
      {"az", {"deployment", "*", "create"}},
      {"az", {"deployment", "*", "delete"}},
      {"az", {"webapp", "deploy"}},
      {"argocd", {"app", "sync"}},
      {"argocd", {"app", "delete"}},
      {"argocd", {"app", "rollback"}},
      {"flyctl", {"deploy"}},
      {"fly", {"deploy"}},
      {"eb", {"deploy"}},
      {"copilot", {"deploy"}},
      {"copilot", {"svc", "deploy"}},
  };
  return Table;
}

const std::vector<std::string_view> &optionsTakingValue() {
  static const std::vector<std::string_view> Options = {
      "-n",           "--namespace",
      "--context",    "--kube-context",
      "--kubeconfig", "--cluster",
      "--user",       "-s",
      "--server",     "--token",
      "--region",     "--profile",
      "--output",     "--endpoint-url",
      "--project",    "--stack",
      "--cwd",        "-C",
      "--chdir",      "--app",
      "--config",     "--file",
      "-f",           "--selector",
      "-l",           "--subscription",
  };
  return Options;
}

bool isNonMutatingArgument(std::string_view Argument) {
  static const std::vector<std::string_view> Exact = {"--dry-run",     "--dryrun",
                                                      "-dry-run",      "-help",
                                                      "--help",        "-h",
                                                      "help",          "--no-execute-changeset",
                                                      "-refresh-only", "--preview-only",
                                                      "--what-if",     "--validate-only"};
  if (std::find(Exact.begin(), Exact.end(), Argument) != Exact.end())
    return true;
  // `--dry-run=client|server` changes nothing; `--dry-run=none` (or false) is a real run.
  std::string_view Prefix = "--dry-run=";
  if (Argument.substr(0, Prefix.size()) == Prefix) {
    std::string_view Value = Argument.substr(Prefix.size());
    return Value != "none" && Value != "false";
  }
  return false;
}

const std::vector<std::string_view> &deployActions() {
  static const std::vector<std::string_view> Actions = {
      "azure/k8s-deploy",
      "azure/webapps-deploy",
      "azure/functions-action",
      "azure/arm-deploy",
      "azure/container-apps-deploy-action",
      "aws-actions/amazon-ecs-deploy-task-definition",
      "aws-actions/aws-cloudformation-github-deploy",
      "google-github-actions/deploy-cloudrun",
      "google-github-actions/deploy-appengine",
      "google-github-actions/deploy-cloud-functions",
      "dflook/terraform-apply",
      "dflook/terraform-destroy",
      "dflook/terraform-destroy-workspace",
      "dflook/tofu-apply",
      "dflook/tofu-destroy",
      "dflook/tofu-destroy-workspace",
      "hashicorp/tfc-workflows-github/actions/apply-run",
      "deliverybot/helm",
      "pulumi/actions",
  };
  return Actions;
}

const std::vector<std::string_view> &localClusterActions() {
  static const std::vector<std::string_view> Actions = {
      "helm/kind-action",
      "engineerd/setup-kind",
      "container-tools/kind-action",
      "medyagh/setup-minikube",
      "manusa/actions-setup-minikube",
      "absaoss/k3d-action",
      "nolar/setup-k3d-k3s",
      "debianmaster/actions-k3s",
      "balchua/microk8s-actions",
      "localstack/setup-localstack",
      "container-tools/microshift-action",
  };
  return Actions;
}

std::string_view localClusterPattern() {
  return R"((?i)\bkind\s+create\s+cluster\b|\bminikube\s+start\b|\bk3d\s+cluster\s+create\b|\bk3s\b|)"
         R"(\bmicrok8s\b|localstack|\bkwok\b|\bvcluster\s+create\b)";
}

} // namespace blastradius::gha
