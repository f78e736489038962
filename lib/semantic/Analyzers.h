// Every semantic analyser, one line each; Registry.cpp lists them in this order.
#ifndef BLASTRADIUS_SEMANTIC_ANALYZERS_H
#define BLASTRADIUS_SEMANTIC_ANALYZERS_H

#include "semantic/SemanticAnalyzer.h"

namespace blastradius {

const SemanticAnalyzer &terraformDeletionProtectionAnalyzer(); // TerraformDeletionProtection.cpp
const SemanticAnalyzer &embeddedShellAnalyzer();                // EmbeddedShell.cpp
const SemanticAnalyzer &githubActionsPermissionsAnalyzer();     // GithubActionsPermissions.cpp
const SemanticAnalyzer &githubActionsTriggersAnalyzer();        // GithubActionsTriggers.cpp
const SemanticAnalyzer &githubActionsDeploymentsAnalyzer();     // GithubActionsDeployments.cpp
const SemanticAnalyzer &iamPolicyAnalyzer();                    // IamPolicyAnalyzer.cpp
const SemanticAnalyzer &kubernetesRbacAnalyzer();               // KubernetesRbac.cpp
const SemanticAnalyzer &kubernetesDeletionAnalyzer();           // KubernetesDeletion.cpp
const SemanticAnalyzer &cloudFormationDeletionAnalyzer();       // CloudFormationDeletion.cpp
const SemanticAnalyzer &shellCommandsAnalyzer();                // ShellCommands.cpp
const SemanticAnalyzer &shellEmbeddedCodeAnalyzer();            // ShellEmbeddedCode.cpp
const SemanticAnalyzer &shellRecursiveDeleteAnalyzer();         // ShellRecursiveDeletes.cpp
const SemanticAnalyzer &sqlDestructiveAnalyzer();               // SqlDestructive.cpp
const SemanticAnalyzer &sqlMigrationLocksAnalyzer();            // SqlMigrationLocks.cpp
const SemanticAnalyzer &pythonEmbeddedCodeAnalyzer();           // PythonEmbeddedCode.cpp
const SemanticAnalyzer &pythonFileDeletionAnalyzer();           // PythonFileDeletion.cpp
const SemanticAnalyzer &pythonCloudDeletionAnalyzer();          // PythonCloudDeletion.cpp
const SemanticAnalyzer &pythonMigrationsAnalyzer();             // PythonMigrations.cpp
const SemanticAnalyzer &pythonSwallowedExceptionsAnalyzer();    // PythonSwallowedExceptions.cpp
const SemanticAnalyzer &terraformS3VersioningSuspendedAnalyzer(); // TerraformS3VersioningSuspended.cpp

} // namespace blastradius

#endif
