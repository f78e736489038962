// Minimal stand-in for aws-sdk-cpp <aws/rds/RDSClient.h> and its request models.
#ifndef BLASTRADIUS_MOCK_AWS_RDS
#define BLASTRADIUS_MOCK_AWS_RDS

#include <aws/core/Aws.h>

namespace Aws {
namespace RDS {
namespace Model {
class DeleteDBInstanceRequest {
public:
  void SetDBInstanceIdentifier(const Aws::String &Id);
  void SetSkipFinalSnapshot(bool Skip);
  void SetFinalDBSnapshotIdentifier(const Aws::String &Id);
  DeleteDBInstanceRequest &WithDBInstanceIdentifier(const Aws::String &Id);
  DeleteDBInstanceRequest &WithSkipFinalSnapshot(bool Skip);
};
class DeleteDBClusterRequest {
public:
  void SetDBClusterIdentifier(const Aws::String &Id);
  void SetSkipFinalSnapshot(bool Skip);
  DeleteDBClusterRequest &WithSkipFinalSnapshot(bool Skip);
};
class StopDBInstanceRequest {
public:
  void SetDBInstanceIdentifier(const Aws::String &Id);
};
} // namespace Model

using DeleteDBInstanceOutcome = Outcome<NoResult>;
using DeleteDBClusterOutcome = Outcome<NoResult>;
using StopDBInstanceOutcome = Outcome<NoResult>;

class RDSClient {
public:
  DeleteDBInstanceOutcome
  DeleteDBInstance(const Model::DeleteDBInstanceRequest &R) const;
  Future<DeleteDBInstanceOutcome>
  DeleteDBInstanceCallable(const Model::DeleteDBInstanceRequest &R) const;
  DeleteDBClusterOutcome
  DeleteDBCluster(const Model::DeleteDBClusterRequest &R) const;
  Future<DeleteDBClusterOutcome>
  DeleteDBClusterCallable(const Model::DeleteDBClusterRequest &R) const;
  StopDBInstanceOutcome StopDBInstance(const Model::StopDBInstanceRequest &R) const;
};

} // namespace RDS
} // namespace Aws

#endif
