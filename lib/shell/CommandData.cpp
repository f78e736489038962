#include "shell/CommandData.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace blastradius::shell {

// Wrapper options from the manual pages: sudo(8), env(1) (GNU coreutils), nice(1), timeout(1),
// time(1) (GNU time), xargs(1) (GNU findutils), stdbuf(1), ionice(1); `exec` and `command` from the
// bash manual ("Bourne Shell Builtins"). `command -v/-V` and `sudo -l/-v/-k` run nothing.
const std::vector<Wrapper> &wrappers() {
  static const std::vector<Wrapper> Table = {
      {"sudo", {"-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "-T", "--user", "--group", "--host",
                "--prompt", "--chdir", "--role", "--type", "--other-user", "--command-timeout"},
       {"-l", "-v", "-k", "-K", "-V", "--list", "--validate", "--reset-timestamp", "--remove-timestamp",
        "--version", "-e", "--edit"},
       0, false},
      {"doas", {"-u", "-C"}, {}, 0, false},
      {"env", {"-u", "-C", "--unset", "--chdir"}, {"--help", "--version"}, 0, true},
      {"exec", {"-a"}, {}, 0, false},
      {"command", {}, {"-v", "-V"}, 0, false},
      {"builtin", {}, {}, 0, false},
      {"nohup", {}, {}, 0, false},
      {"time", {"-f", "-o", "--format", "--output"}, {}, 0, false},
      {"nice", {"-n", "--adjustment"}, {}, 0, false},
      {"ionice", {"-c", "-n", "-p", "-P", "-u", "--class", "--classdata"}, {}, 0, false},
      {"stdbuf", {"-i", "-o", "-e"}, {}, 0, false},
      {"timeout", {"-s", "-k", "--signal", "--kill-after"}, {}, 1, false},
      {"xargs", {"-a", "-d", "-E", "-e", "-I", "-L", "-l", "-n", "-P", "-s", "--arg-file", "--delimiter",
                 "--eof", "--replace", "--max-lines", "--max-args", "--max-procs", "--max-chars",
                 "--process-slot-var"},
       {}, 0, false},
  };
  return Table;
}

// Shells documented to take `-c string` (bash(1), dash(1), zsh(1), ksh(1)).
const std::vector<std::string_view> &shells() {
  static const std::vector<std::string_view> Names = {"bash", "sh", "dash", "zsh", "ksh", "ash", "busybox"};
  return Names;
}

// Global and common options that take a separate value, from each tool's reference: terraform
// takes `-chdir=DIR` only in the joined form; kubectl(1) "kubectl options"; helm "helm --help"
// global flags; aws "Global Options"; gcloud "gcloud topic flags"; az "Global Parameters";
// terraform `-var 'x=1'` and friends (plan/apply options); git(1); pulumi "pulumi --help"; PostgreSQL client applications (dropdb, createdb, psql); mysql(1).
const std::vector<std::string_view> &optionsTakingValue(std::string_view Tool) {
  static const std::unordered_map<std::string, std::vector<std::string_view>> Table = {
      {"terraform",
       {"-var", "-var-file", "-target", "-replace", "-state", "-state-out", "-backup", "-lock-timeout", "-parallelism"}},
      {"tofu",
       {"-var", "-var-file", "-target", "-replace", "-state", "-state-out", "-backup", "-lock-timeout", "-parallelism"}},
      {"kubectl",
       {"-n", "--namespace", "--context", "--cluster", "--kubeconfig", "--user", "-s", "--server", "--token",
        "-l", "--selector", "--field-selector", "-f", "--filename", "-k", "--kustomize", "-o", "--output",
        "--grace-period", "--timeout", "--cascade", "--as", "--as-group", "--request-timeout"}},
      {"helm",
       {"-n", "--namespace", "--kube-context", "--kubeconfig", "--kube-apiserver", "--kube-token", "--timeout",
        "--registry-config", "--repository-config", "--repository-cache", "--cascade", "--description"}},
      {"aws",
       {"--region", "--profile", "--output", "--endpoint-url", "--query", "--cli-connect-timeout",
        "--cli-read-timeout", "--ca-bundle", "--color", "--cli-input-json", "--cli-input-yaml"}},
      {"gcloud",
       {"--project", "--account", "--configuration", "--zone", "--region", "--format", "--verbosity",
        "--impersonate-service-account", "--billing-project", "--location"}},
      {"az", {"--subscription", "-g", "--resource-group", "-n", "--name", "-o", "--output", "--query"}},
      {"git",
       {"-C", "-c", "--git-dir", "--work-tree", "--namespace", "--repo", "-o", "--push-option", "--receive-pack",
        "--exec"}},
      {"pulumi", {"-s", "--stack", "-C", "--cwd", "-m", "--message", "-t", "--target", "--config-file"}},
      {"dropdb", {"-h", "--host", "-p", "--port", "-U", "--username", "--maintenance-db"}},
      {"createdb",
       {"-h", "--host", "-p", "--port", "-U", "--username", "-O", "--owner", "-T", "--template", "-E", "--encoding",
        "-D", "--tablespace", "-l", "--locale", "--maintenance-db"}},
      {"psql",
       {"-h", "--host", "-p", "--port", "-U", "--username", "-d", "--dbname", "-f", "--file", "-v", "--set",
        "--variable", "-o", "--output", "-P", "--pset", "-L", "--log-file", "-F", "--field-separator", "-R",
        "--record-separator", "-T", "--table-attr"}},
      {"mysql",
       {"-h", "--host", "-P", "--port", "-u", "--user", "-D", "--database", "-S", "--socket",
        "--default-character-set", "--defaults-file", "--login-path"}},
  };
  static const std::vector<std::string_view> None;
  auto It = Table.find(std::string(Tool));
  return It == Table.end() ? None : It->second;
}

// Sources: terraform CLI docs (destroy, apply -destroy, state rm, -auto-approve); kubectl delete
// reference (--all, --all-namespaces/-A); helm uninstall (aliases del, delete, un); AWS CLI reference
// (s3 rb --force, s3 rm --recursive, cloudformation delete-stack, rds delete-db-instance /
// delete-db-cluster --skip-final-snapshot, ec2 terminate-instances, dynamodb delete-table); gcloud
// "--quiet" disables the confirmation prompt; az group delete --yes skips it; PostgreSQL dropdb;
// pulumi destroy/up --yes; mkfs(8), wipefs(8), dd(1).
const std::vector<DestructiveCommand> &destructiveCommands() {
  static const std::vector<DestructiveCommand> Table = {
      // Terraform and its forks.
      {"bash-terraform-destroy", "terraform|tofu|terragrunt", {"destroy"}, {}, {}, {"-auto-approve", "--auto-approve"},
       "deletes every resource in the state"},
      {"bash-terraform-destroy", "terragrunt", {"run-all", "destroy"}, {}, {}, {"-auto-approve", "--auto-approve"},
       "deletes every resource of every module below"},
      {"bash-terraform-destroy", "terraform|tofu|terragrunt", {"apply"}, {"-destroy", "--destroy"}, {},
       {"-auto-approve", "--auto-approve"}, "deletes every resource in the state"},
      {"bash-terraform-destroy", "terraform|tofu|terragrunt", {"state", "rm"}, {}, {}, {},
       "makes Terraform forget resources, so the next apply creates duplicates (or a later destroy misses them)"},
      {"bash-auto-approved-apply", "terraform|tofu|terragrunt", {"apply"}, {"-auto-approve", "--auto-approve"}, {}, {},
       "applies whatever the plan turns out to be, replacements and deletions included, with no one reading it",
       true},
      {"bash-auto-approved-apply", "pulumi", {"up|update"}, {"--yes", "-y", "--skip-preview", "-f"}, {}, {},
       "applies whatever the preview turns out to be, replacements and deletions included, with no one reading it"},
      {"bash-infrastructure-teardown", "pulumi", {"destroy"}, {}, {}, {"--yes", "-y", "--skip-preview", "-f"},
       "deletes every resource of the stack"},
      // Kubernetes.
      {"bash-infrastructure-teardown", "kubectl", {"delete", "namespace|namespaces|ns"}, {}, {}, {},
       "deletes the namespace and every object in it (deployments, secrets, volume claims)"},
      {"bash-infrastructure-teardown", "kubectl", {"delete"}, {"--all", "-A", "--all-namespaces"}, {}, {},
       "deletes every object of that kind"},
      {"bash-infrastructure-teardown", "helm", {"uninstall|delete|del|un"}, {}, {"--keep-history"}, {},
       "deletes every object of the release"},
      // AWS.
      {"bash-infrastructure-teardown", "aws", {"s3", "rb"}, {"--force"}, {}, {},
       "deletes every object of the bucket, then the bucket"},
      {"bash-infrastructure-teardown", "aws", {"s3", "rm"}, {"--recursive"}, {}, {},
       "deletes every object under the prefix"},
      {"bash-infrastructure-teardown", "aws", {"cloudformation", "delete-stack"}, {}, {}, {},
       "deletes every resource of the stack not marked Retain"},
      {"bash-infrastructure-teardown", "aws", {"rds", "delete-db-instance"}, {}, {}, {"--skip-final-snapshot"},
       "deletes the database instance"},
      {"bash-infrastructure-teardown", "aws", {"rds", "delete-db-cluster"}, {}, {}, {"--skip-final-snapshot"},
       "deletes the database cluster"},
      {"bash-infrastructure-teardown", "aws", {"ec2", "terminate-instances"}, {}, {}, {},
       "terminates the instances and deletes their instance-store and delete-on-termination volumes"},
      {"bash-infrastructure-teardown", "aws", {"dynamodb", "delete-table"}, {}, {}, {},
       "deletes the table and every item in it"},
      // Google Cloud and Azure: only without the confirmation prompt.
      {"bash-infrastructure-teardown", "gcloud", {"...", "delete"}, {"--quiet", "-q"}, {}, {},
       "deletes the resource without the confirmation prompt"},
      {"bash-infrastructure-teardown", "az", {"group", "delete"}, {"--yes", "-y"}, {}, {},
       "deletes the resource group and every resource in it without the confirmation prompt"},
      // Databases.
      {"bash-infrastructure-teardown", "dropdb", {"*"}, {}, {}, {}, "deletes the database and all of its data"},
      // Disks.
      {"bash-disk-overwrite", "mkfs|mkfs.*|mke2fs|mkswap", {"*"}, {}, {}, {}, "writes a new, empty file system over the device"},
      {"bash-disk-overwrite", "wipefs", {"*"}, {"-a", "--all"}, {}, {}, "erases every file system signature on the device"},
      {"bash-disk-overwrite", "dd", {}, {"of=/dev/"},
       {"of=/dev/null", "of=/dev/zero", "of=/dev/stdout", "of=/dev/stderr", "of=/dev/tty", "of=/dev/fd/"}, {},
       "overwrites the device block by block"},
  };
  return Table;
}

bool isNonMutatingArgument(std::string_view Argument) {
  static const std::vector<std::string_view> Exact = {"--help", "-help", "--dry-run", "--dryrun", "--dry-run=client",
                                                      "--dry-run=server", "--dry-run=true"};
  return std::find(Exact.begin(), Exact.end(), Argument) != Exact.end();
}

const std::vector<std::string_view> &protectedBranches() {
  static const std::vector<std::string_view> Names = {"main", "master"};
  return Names;
}

// Directory names that conventionally hold data rather than build output: database defaults
// (/var/lib/postgresql/data, /var/lib/mysql, PGDATA), container volumes, uploads and backups.
const std::vector<std::string_view> &dataDirectorySegments() {
  static const std::vector<std::string_view> Names = {
      "data",     "db",      "database", "databases", "pgdata", "postgres", "postgresql", "mysql", "mariadb",
      "mongo",    "mongodb", "redis",    "etcd",      "elasticsearch", "storage", "uploads", "backup", "backups",
      "volumes",  "volume",  "state"};
  return Names;
}

} // namespace blastradius::shell
