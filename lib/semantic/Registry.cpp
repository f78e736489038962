#include "semantic/Analyzers.h"

namespace blastradius {

const std::vector<const SemanticAnalyzer *> &allSemanticAnalyzers() {
  static const std::vector<const SemanticAnalyzer *> All = {
      &terraformDeletionProtectionAnalyzer(),
      &embeddedShellAnalyzer(),
      &githubActionsPermissionsAnalyzer(),
      &githubActionsTriggersAnalyzer(),
      &githubActionsDeploymentsAnalyzer(),
      &iamPolicyAnalyzer(),
      &kubernetesRbacAnalyzer(),
      &kubernetesDeletionAnalyzer(),
      &cloudFormationDeletionAnalyzer(),
      &shellCommandsAnalyzer(),
      &shellEmbeddedCodeAnalyzer(),
      &shellRecursiveDeleteAnalyzer(),
      &sqlDestructiveAnalyzer(),
      &sqlMigrationLocksAnalyzer(),
      &pythonEmbeddedCodeAnalyzer(),
      &pythonFileDeletionAnalyzer(),
      &pythonCloudDeletionAnalyzer(),
      &pythonMigrationsAnalyzer(),
      &pythonSwallowedExceptionsAnalyzer(),
      &terraformS3VersioningSuspendedAnalyzer(),
  };
  return All;
}

const SemanticAnalyzer *findSemanticAnalyzer(std::string_view Name) {
  for (const SemanticAnalyzer *A : allSemanticAnalyzers())
    if (A->name() == Name)
      return A;
  return nullptr;
}

} // namespace blastradius
