// The list is deliberately short: types whose deletion loses data that nothing else holds.
// Caches (ElastiCache), search indexes (OpenSearch), queues, streams and log groups are left out:
// they are usually rebuilt from elsewhere, and reporting them would bury the databases.
#include "semantic/CloudFormationStatefulTypes.h"

namespace blastradius::cloudformation {

namespace {

const std::vector<StatefulType> &statefulTypes() {
  static const std::vector<StatefulType> Types = {
      // CloudFormation's documented exceptions: Snapshot is the default for a DB cluster and for a
      // DB instance that is not part of a cluster.
      {"AWS::RDS::DBCluster", "the cluster's databases", true, {}},
      {"AWS::RDS::DBInstance", "the instance's databases", true, {"DBClusterIdentifier", "SourceDBInstanceIdentifier"}},
      {"AWS::DynamoDB::Table", "the table's items", false, {}},
      {"AWS::DynamoDB::GlobalTable", "the table's items in every replica Region", false, {}},
      {"AWS::Serverless::SimpleTable", "the table's items", false, {}},
      {"AWS::S3::Bucket", "the bucket's objects, once it is emptied, as CDK's auto-delete does", false, {}},
      {"AWS::EFS::FileSystem", "every file on it", false, {}},
      {"AWS::FSx::FileSystem", "every file on it", false, {}},
      {"AWS::EC2::Volume", "the volume's blocks", false, {}},
      {"AWS::KMS::Key", "every piece of data encrypted with it, once the waiting period ends", false, {}},
      {"AWS::Neptune::DBCluster", "the graph database", false, {}},
      {"AWS::DocDB::DBCluster", "the cluster's documents", false, {}},
      {"AWS::Redshift::Cluster", "the warehouse's tables", false, {}},
      {"AWS::Cognito::UserPool", "every user account and password", false, {}},
  };
  return Types;
}

} // namespace

const StatefulType *findStatefulType(std::string_view Type) {
  for (const StatefulType &T : statefulTypes())
    if (T.Type == Type)
      return &T;
  return nullptr;
}

const StatefulType *statefulTypeOf(const Resource &R) {
  const StatefulType *T = findStatefulType(R.Type);
  if (!T)
    return nullptr;
  for (std::string_view Property : T->StatelessWhen)
    if (const model::Node *Value = R.property(Property); Value && !Value->isNull())
      return nullptr;
  return T;
}

} // namespace blastradius::cloudformation
