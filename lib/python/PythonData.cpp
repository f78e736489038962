#include "python/PythonData.h"

namespace blastradius::python {

const std::vector<std::string_view> &exitFunctions() {
  static const std::vector<std::string_view> List = {"sys.exit", "exit", "quit", "os._exit", "os.abort",
                                                     "click.Abort", "typer.Exit"};
  return List;
}

const std::vector<std::string_view> &externalValues() {
  static const std::vector<std::string_view> List = {"sys.argv", "os.environ", "os.environb", "sys.stdin"};
  return List;
}

const std::vector<std::string_view> &inputFunctions() {
  static const std::vector<std::string_view> List = {"input", "raw_input", "os.getenv", "os.getenvb",
                                                     "os.environ.get", "sys.stdin.readline",
                                                     "click.prompt", "typer.prompt"};
  return List;
}

const std::vector<std::string_view> &pathBuildingFunctions() {
  static const std::vector<std::string_view> List = {
      "os.path.join",      "os.path.abspath",  "os.path.realpath", "os.path.normpath", "os.path.expanduser",
      "os.path.expandvars", "os.path.dirname", "os.fspath",        "os.fsencode",      "os.fsdecode",
      "str",               "bytes",            "pathlib.Path",     "pathlib.PurePath", "pathlib.PosixPath",
      "pathlib.PurePosixPath", "pathlib.WindowsPath", "Path",      "PurePath",         "PosixPath",
      "posixpath.join",    "ntpath.join",      "os.path.relpath",
      // Containers pass their items through: sorted(glob.glob(pattern)) is as computed as pattern.
      "sorted", "list", "reversed", "tuple", "set", "iter", "filter", "enumerate"};
  return List;
}

const std::vector<std::string_view> &temporaryDirectoryFunctions() {
  static const std::vector<std::string_view> List = {"tempfile.mkdtemp", "tempfile.TemporaryDirectory",
                                                     "tempfile.gettempdir", "tempfile.mkstemp",
                                                     "tempfile.NamedTemporaryFile"};
  return List;
}

const std::vector<std::string_view> &treeDeleteFunctions() {
  static const std::vector<std::string_view> List = {"shutil.rmtree", "distutils.dir_util.remove_tree"};
  return List;
}

const std::vector<std::string_view> &entryDeleteFunctions() {
  static const std::vector<std::string_view> List = {"os.remove", "os.unlink", "os.rmdir", "os.removedirs"};
  return List;
}

const std::vector<std::string_view> &pathDeleteMethods() {
  static const std::vector<std::string_view> List = {"unlink", "rmdir"};
  return List;
}

const std::vector<std::string_view> &directoryListingFunctions() {
  static const std::vector<std::string_view> List = {"os.listdir", "os.scandir", "os.walk", "os.fwalk",
                                                     "glob.glob", "glob.iglob"};
  return List;
}

const std::vector<std::string_view> &directoryListingMethods() {
  static const std::vector<std::string_view> List = {"glob", "rglob", "iterdir", "walk"};
  return List;
}

const std::vector<std::string_view> &pathCheckMethods() {
  static const std::vector<std::string_view> List = {"startswith", "is_relative_to", "relative_to",
                                                     "commonpath", "commonprefix", "samefile", "is_mount"};
  return List;
}

const std::vector<CommandFunction> &commandFunctions() {
  static const std::vector<CommandFunction> List = {
      {"subprocess.run", false},          {"subprocess.call", false},
      {"subprocess.check_call", false},   {"subprocess.check_output", false},
      {"subprocess.Popen", false},        {"os.system", true},
      {"os.popen", true},                 {"subprocess.getoutput", true},
      {"subprocess.getstatusoutput", true}, {"asyncio.create_subprocess_shell", true},
  };
  return List;
}

const std::vector<std::string_view> &shellPrograms() {
  static const std::vector<std::string_view> List = {"sh", "bash", "dash", "ash", "zsh", "ksh",
                                                     "/bin/sh", "/bin/bash", "/usr/bin/bash", "/usr/bin/env"};
  return List;
}

const std::vector<CloudDelete> &cloudClientDeletes() {
  static const std::vector<CloudDelete> List = {
      {"delete_bucket", "an S3 bucket", ""},
      {"delete_stack", "a CloudFormation stack and every resource it created", ""},
      {"terminate_instances", "EC2 instances (and their instance-store data)", ""},
      {"delete_db_instance", "an RDS database instance", "SkipFinalSnapshot"},
      {"delete_db_cluster", "an RDS/Aurora database cluster", "SkipFinalSnapshot"},
      {"delete_table", "a DynamoDB table and every item in it", ""},
      {"delete_file_system", "an EFS file system", ""},
      {"delete_cluster", "a cluster", ""},
      {"delete_hosted_zone", "a Route 53 hosted zone", ""},
      {"schedule_key_deletion", "a KMS key (and everything encrypted with it)", ""},
  };
  return List;
}

const std::vector<std::string_view> &boto3Constructors() {
  static const std::vector<std::string_view> List = {"boto3.client", "boto3.resource", "boto3.Session",
                                                     "boto3.session.Session", "aioboto3.Session"};
  return List;
}

const std::vector<std::string_view> &confirmationWords() {
  static const std::vector<std::string_view> List = {"dry_run", "dryrun", "dry", "confirm", "confirmed",
                                                     "confirmation", "yes", "approve", "approved", "really",
                                                     "force", "apply", "execute", "commit", "noop", "no_op",
                                                     "input", "prompt", "interactive", "i_know"};
  return List;
}

const std::vector<std::string_view> &stateChangingVerbs() {
  static const std::vector<std::string_view> List = {
      "delete", "drop", "truncate", "terminate", "destroy", "rmtree", "rmdir", "unlink", "purge", "commit",
      "upload", "deploy", "publish", "kill", "reboot", "executemany", "executescript", "check_call",
      "check_output", "makedirs", "chmod", "chown", "copyfile", "copytree", "removedirs", "popen", "system"};
  return List;
}

const std::vector<std::string_view> &ambiguousStateChangingVerbs() {
  static const std::vector<std::string_view> List = {
      "remove", "write", "writelines", "put", "post", "patch", "run", "call", "execute", "save", "update",
      "insert", "create", "apply", "send", "move", "rename", "replace", "copy", "mkdir", "invoke", "stop",
      "start", "restart", "modify", "attach", "detach", "revoke", "grant", "set", "add", "flush"};
  return List;
}

} // namespace blastradius::python
