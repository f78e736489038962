// The Python functions and methods the analysers know, as data: which calls delete files, run a
// shell, delete cloud resources, drop schema objects or change state, and which values come from
// outside the program. Sources: the Python standard library reference (os, shutil, pathlib,
// subprocess, tempfile, glob), the boto3 service references (S3, CloudFormation, EC2, RDS,
// DynamoDB), Alembic's operation reference, Django's migration operations and SQLAlchemy's MetaData.
#ifndef BLASTRADIUS_PYTHON_PYTHONDATA_H
#define BLASTRADIUS_PYTHON_PYTHONDATA_H

#include <string_view>
#include <vector>

namespace blastradius::python {

/// Calls that end the program (the statement after them never runs).
const std::vector<std::string_view> &exitFunctions();
/// Attributes whose value comes from outside the program (sys.argv, os.environ).
const std::vector<std::string_view> &externalValues();
/// Functions returning outside input (input(), os.getenv()).
const std::vector<std::string_view> &inputFunctions();
/// Functions that build a path from their arguments: computed if any argument is.
const std::vector<std::string_view> &pathBuildingFunctions();
/// Functions that make a fresh temporary directory: deleting it is cleanup, not a hazard.
const std::vector<std::string_view> &temporaryDirectoryFunctions();

/// Recursive deletes of a directory tree (shutil.rmtree).
const std::vector<std::string_view> &treeDeleteFunctions();
/// Single-entry deletes (os.remove): a hazard in a loop over a computed root.
const std::vector<std::string_view> &entryDeleteFunctions();
/// pathlib methods that delete the path they are called on.
const std::vector<std::string_view> &pathDeleteMethods();
/// Calls that list a directory tree: a loop over their result deletes what is under the root.
const std::vector<std::string_view> &directoryListingFunctions();
/// pathlib methods that list a directory (Path(root).rglob("*")).
const std::vector<std::string_view> &directoryListingMethods();
/// Calls that are themselves a path check (they raise or tell whether a path is safe).
const std::vector<std::string_view> &pathCheckMethods();

/// Calls that run a command: whether their first argument is a shell string only with shell=True.
struct CommandFunction {
  std::string_view Name;
  bool AlwaysShell; // os.system, os.popen: the string always goes to /bin/sh
};
const std::vector<CommandFunction> &commandFunctions();
/// Programs that run their `-c` argument as a shell script.
const std::vector<std::string_view> &shellPrograms();

/// A boto3 client or resource method that deletes a cloud resource.
struct CloudDelete {
  std::string_view Method;
  std::string_view What;
  /// A keyword that makes the call worse (SkipFinalSnapshot=True): error with it, warning without.
  std::string_view WorseWithKeyword;
};
const std::vector<CloudDelete> &cloudClientDeletes();
/// boto3 constructors of clients, resources and sessions.
const std::vector<std::string_view> &boto3Constructors();

/// Words in a condition that make it a dry-run or confirmation guard.
const std::vector<std::string_view> &confirmationWords();

/// Verbs of state-changing calls: a function or method whose name has one of these words.
const std::vector<std::string_view> &stateChangingVerbs();
/// Verbs that also name in-memory operations (list.remove, dict.update, file.write): they count in
/// a compound name (put_object, update_item) or on an imported module (os.remove, requests.post).
const std::vector<std::string_view> &ambiguousStateChangingVerbs();

} // namespace blastradius::python

#endif
