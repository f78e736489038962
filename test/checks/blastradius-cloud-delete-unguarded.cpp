// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-cloud-delete-unguarded %t -- \
// RUN:   -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-aws -isystem %S/Inputs/mock-gcloud
// RUN: %check_clang_tidy -check-suffix=GUARDS %s blastradius-cloud-delete-unguarded %t \
// RUN:   -config="{CheckOptions: {blastradius-cloud-delete-unguarded.GuardNames: 'allowDestroy; Sure'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-aws -isystem %S/Inputs/mock-gcloud -DGUARDS
// RUN: %check_clang_tidy -check-suffix=EXTRA %s blastradius-cloud-delete-unguarded %t \
// RUN:   -config="{CheckOptions: {blastradius-cloud-delete-unguarded.ExtraMethods: '::infra::Registry::dropAll; ::infra::nuke; ::Aws::S3::S3Client::DeleteBucket'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-aws -isystem %S/Inputs/mock-gcloud -DEXTRA

#include <aws/cloudformation/CloudFormationClient.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/ec2/EC2Client.h>
#include <aws/rds/RDSClient.h>
#include <aws/s3/S3Client.h>
#include <google/cloud/bigtable/admin/bigtable_instance_admin_client.h>
#include <google/cloud/compute/instances/v1/instances_client.h>
#include <google/cloud/spanner/admin/instance_admin_client.h>
#include <google/cloud/storage/client.h>
#include <string>

namespace S3 = Aws::S3;
namespace gcs = google::cloud::storage;

#if !defined(GUARDS) && !defined(EXTRA)

// ---------------------------------------------------------------- positives

void s3(S3::S3Client &Client, const std::string &Name) {
  S3::Model::DeleteBucketRequest Request;
  Request.SetBucket(Name);
  Client.DeleteBucket(Request);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteBucket' deletes an S3 bucket and no dry-run flag or confirmation is tested on the way to the call; test one first (e.g. 'if (!Confirmed) return;') so that a wrong argument or an accidental run cannot delete it [blastradius-cloud-delete-unguarded]
  auto Outcome = Client.DeleteBucketCallable(Request);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteBucketCallable' deletes an S3 bucket {{.*}} [blastradius-cloud-delete-unguarded]
  Client.DeleteBucketAsync(Request, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteBucketAsync' deletes an S3 bucket {{.*}} [blastradius-cloud-delete-unguarded]
  S3::Model::DeleteObjectsRequest Objects;
  Client.DeleteObjects(Objects);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteObjects' deletes up to 1000 S3 objects at once {{.*}} [blastradius-cloud-delete-unguarded]
}

void throughPointer(S3::S3Client *Client) {
  Client->DeleteBucket(S3::Model::DeleteBucketRequest().WithBucket("logs"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteBucket' {{.*}} [blastradius-cloud-delete-unguarded]
}

void otherServices(Aws::EC2::EC2Client &Ec2, Aws::CloudFormation::CloudFormationClient &Cfn,
                   Aws::DynamoDB::DynamoDBClient &Dynamo, Aws::RDS::RDSClient &Rds) {
  Ec2.TerminateInstances(Aws::EC2::Model::TerminateInstancesRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::EC2::EC2Client::TerminateInstances' deletes EC2 instances and their delete-on-termination volumes {{.*}} [blastradius-cloud-delete-unguarded]
  Cfn.DeleteStack(Aws::CloudFormation::Model::DeleteStackRequest().WithStackName("prod"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::CloudFormation::CloudFormationClient::DeleteStack' deletes a CloudFormation stack and every resource it created {{.*}} [blastradius-cloud-delete-unguarded]
  Dynamo.DeleteTable(Aws::DynamoDB::Model::DeleteTableRequest().WithTableName("users"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::DynamoDB::DynamoDBClient::DeleteTable' deletes a DynamoDB table and its items {{.*}} [blastradius-cloud-delete-unguarded]
  Aws::RDS::Model::DeleteDBInstanceRequest Db;
  Db.SetDBInstanceIdentifier("prod-db");
  Rds.DeleteDBInstance(Db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::RDS::RDSClient::DeleteDBInstance' deletes an RDS database instance {{.*}} [blastradius-cloud-delete-unguarded]
  Rds.DeleteDBCluster(Aws::RDS::Model::DeleteDBClusterRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::RDS::RDSClient::DeleteDBCluster' deletes an RDS database cluster {{.*}} [blastradius-cloud-delete-unguarded]
}

void googleCloud(gcs::Client &Storage,
                 google::cloud::compute_instances_v1::InstancesClient &Compute,
                 google::cloud::spanner_admin::InstanceAdminClient &Spanner,
                 google::cloud::bigtable_admin::BigtableInstanceAdminClient &Bigtable) {
  Storage.DeleteBucket("prod-assets");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'google::cloud::storage::Client::DeleteBucket' deletes a Cloud Storage bucket {{.*}} [blastradius-cloud-delete-unguarded]
  Compute.DeleteInstance("project", "zone", "vm");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'google::cloud::compute_instances_v1::InstancesClient::DeleteInstance' deletes a cloud instance {{.*}} [blastradius-cloud-delete-unguarded]
  Spanner.DeleteInstance("projects/p/instances/i");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'google::cloud::spanner_admin::InstanceAdminClient::DeleteInstance' {{.*}} [blastradius-cloud-delete-unguarded]
  Bigtable.DeleteInstance("projects/p/instances/i");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'google::cloud::bigtable_admin::BigtableInstanceAdminClient::DeleteInstance' {{.*}} [blastradius-cloud-delete-unguarded]
}

// A skipped final snapshot is reported even behind a guard: the guard
// decides whether to delete, not whether the data can come back.
void skipFinalSnapshot(Aws::RDS::RDSClient &Rds, bool Confirmed) {
  Aws::RDS::Model::DeleteDBInstanceRequest Db;
  Db.SetSkipFinalSnapshot(true);
  Rds.DeleteDBInstance(Db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Aws::RDS::RDSClient::DeleteDBInstance' with SetSkipFinalSnapshot(true) deletes an RDS database instance irrecoverably, without a final snapshot and without a dry-run flag or confirmation tested on the way to the call; keep the snapshot (SetFinalDBSnapshotIdentifier) so that the data can be restored [blastradius-cloud-delete-unguarded]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: final snapshot skipped here
  if (!Confirmed)
    return;
  Rds.DeleteDBInstance(Db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Aws::RDS::RDSClient::DeleteDBInstance' with SetSkipFinalSnapshot(true) deletes an RDS database instance irrecoverably, without a final snapshot; keep the snapshot (SetFinalDBSnapshotIdentifier) so that the data can be restored [blastradius-cloud-delete-unguarded]
  Rds.DeleteDBClusterCallable(Aws::RDS::Model::DeleteDBClusterRequest().WithSkipFinalSnapshot(true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Aws::RDS::RDSClient::DeleteDBClusterCallable' with SetSkipFinalSnapshot(true) deletes an RDS database cluster irrecoverably, without a final snapshot; {{.*}} [blastradius-cloud-delete-unguarded]
  // CHECK-MESSAGES: :[[@LINE-2]]:73: note: final snapshot skipped here
}

void guardOnTheWrongThing(S3::S3Client &Client, bool Verbose, int Retries) {
  S3::Model::DeleteBucketRequest Request;
  if (Verbose)
    Client.DeleteBucket(Request);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
  while (Retries-- > 0)
    Client.DeleteBucket(Request);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
}

void guardAfterTheCall(S3::S3Client &Client, bool DryRun) {
  S3::Model::DeleteBucketRequest Request;
  Client.DeleteBucket(Request);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
  if (DryRun)
    return;
}

void guardThatFallsThrough(S3::S3Client &Client, bool DryRun, int &Count) {
  if (DryRun)
    ++Count;
  Client.DeleteBucket(S3::Model::DeleteBucketRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
}

void guardOutsideTheLambda(S3::S3Client &Client, bool Confirmed) {
  // The lambda may run anywhere; only a guard inside it counts.
  if (!Confirmed)
    return;
  auto Later = [&Client] {
    Client.DeleteBucket(S3::Model::DeleteBucketRequest());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
  };
  Later();
}

void dryRunSetToFalse(Aws::EC2::EC2Client &Ec2) {
  Aws::EC2::Model::TerminateInstancesRequest Request;
  Request.SetDryRun(false);
  Ec2.TerminateInstances(Request);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
  Ec2.TerminateInstances(Aws::EC2::Model::TerminateInstancesRequest().WithDryRun(false));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
}

void dryRunOnAnotherRequest(Aws::EC2::EC2Client &Ec2) {
  Aws::EC2::Model::TerminateInstancesRequest Probe, Real;
  Probe.SetDryRun(true);
  Ec2.TerminateInstances(Probe);
  Ec2.TerminateInstances(Real);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
}

template <typename ClientT> void inTemplate(ClientT &Client) {
  Client.DeleteBucket(S3::Model::DeleteBucketRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteBucket' {{.*}} [blastradius-cloud-delete-unguarded]
}
void instantiate(S3::S3Client &Client) { inTemplate(Client); }

// ---------------------------------------------------------------- negatives

struct Options {
  bool DryRun = true;
  bool Force = false;
  bool confirmed() const;
};
bool askUserToConfirm(const std::string &Question);
enum class Mode { Plan, Apply };
[[noreturn]] void fatal(const char *Message);

void guarded(S3::S3Client &Client, const Options &Opts, bool dry_run, bool Yes,
             bool ApprovedByOwner) {
  S3::Model::DeleteBucketRequest Request;
  if (!Opts.DryRun)
    Client.DeleteBucket(Request);
  if (Opts.Force) {
    Client.DeleteBucket(Request);
  }
  if (Opts.confirmed() && !dry_run)
    Client.DeleteBucket(Request);
  if (askUserToConfirm("delete the bucket?"))
    Client.DeleteBucket(Request);
  if (dry_run) {
    // only print
  } else {
    Client.DeleteBucket(Request);
  }
  if (Yes)
    Client.DeleteBucket(Request);
  if (ApprovedByOwner)
    Client.DeleteBucket(Request);
  bool Ok = Yes && Client.DeleteBucket(Request).IsSuccess();
  auto Out = dry_run ? S3::DeleteBucketOutcome() : Client.DeleteBucket(Request);
}

void earlyExit(S3::S3Client &Client, const Options &Opts, int Argc, char **Argv) {
  if (Opts.DryRun)
    return;
  if (!Opts.Force) {
    fatal("refusing to delete without --force");
  }
  Client.DeleteBucket(S3::Model::DeleteBucketRequest());
  for (int I = 0; I < Argc; ++I) {
    if (!askUserToConfirm(Argv[I]))
      continue;
    {
      Client.DeleteBucket(S3::Model::DeleteBucketRequest().WithBucket(Argv[I]));
    }
  }
}

bool hasFlag(const char *Flag);

void flagsByString(S3::S3Client &Client) {
  if (hasFlag("--yes"))
    Client.DeleteBucket(S3::Model::DeleteBucketRequest());
}

void inASwitch(S3::S3Client &Client, Mode M, bool ConfirmDelete) {
  switch (M) {
  case Mode::Plan:
    break;
  case Mode::Apply:
    if (ConfirmDelete)
      Client.DeleteBucket(S3::Model::DeleteBucketRequest());
    break;
  }
  switch (static_cast<int>(ConfirmDelete)) {
  case 1:
    Client.DeleteBucket(S3::Model::DeleteBucketRequest());
    break;
  }
}

void conditionVariable(S3::S3Client &Client) {
  if (bool Confirmed = askUserToConfirm("sure?"))
    Client.DeleteBucket(S3::Model::DeleteBucketRequest());
}

void ec2DryRun(Aws::EC2::EC2Client &Ec2, bool Plan) {
  Aws::EC2::Model::TerminateInstancesRequest Request;
  Request.SetDryRun(true);
  Ec2.TerminateInstances(Request);
  Aws::EC2::Model::TerminateInstancesRequest Configured;
  Configured.SetDryRun(Plan);
  Ec2.TerminateInstances(Configured);
  Ec2.TerminateInstances(Aws::EC2::Model::TerminateInstancesRequest().WithDryRun(true));
  auto Chained = Aws::EC2::Model::TerminateInstancesRequest().WithDryRun(true);
  Ec2.TerminateInstances(Chained);
}

void snapshotKept(Aws::RDS::RDSClient &Rds, bool Confirmed) {
  Aws::RDS::Model::DeleteDBInstanceRequest Db;
  Db.SetSkipFinalSnapshot(false);
  Db.SetFinalDBSnapshotIdentifier("prod-db-final");
  if (Confirmed)
    Rds.DeleteDBInstance(Db);
}

// Not deletes of a whole resource, or not these SDKs.
void notDeletes(S3::S3Client &Client, Aws::RDS::RDSClient &Rds, Aws::EC2::EC2Client &Ec2,
                gcs::Client &Storage,
                google::cloud::compute_instances_v1::InstancesClient &Compute,
                google::cloud::spanner_admin::InstanceAdminClient &Spanner) {
  Client.DeleteObject(S3::Model::DeleteObjectRequest());
  Client.ListObjects(S3::Model::ListObjectsRequest());
  Client.CreateBucket(S3::Model::CreateBucketRequest());
  Rds.StopDBInstance(Aws::RDS::Model::StopDBInstanceRequest());
  Ec2.StopInstances(Aws::EC2::Model::StopInstancesRequest());
  Storage.DeleteObject("bucket", "object");
  Compute.StopInstance("p", "z", "vm");
  Spanner.GetInstance("projects/p/instances/i");
}

namespace myapp {
struct BucketStore {
  void DeleteBucket(const std::string &Name);
  void DeleteTable(const std::string &Name);
};
void TerminateInstances();
} // namespace myapp
namespace Aws {
namespace S3Control {
struct S3ControlClient {
  void DeleteBucket(const std::string &Name);
};
} // namespace S3Control
} // namespace Aws

void sameNameOtherClasses(myapp::BucketStore &Store, Aws::S3Control::S3ControlClient &Control) {
  Store.DeleteBucket("x");
  Store.DeleteTable("x");
  myapp::TerminateInstances();
  Control.DeleteBucket("x");
}

// ------------------------------------------------------------- suppressions

void suppressed(S3::S3Client &Client) {
  S3::Model::DeleteBucketRequest Request;
  Client.DeleteBucket(Request); // NOLINT(blastradius-cloud-delete-unguarded)
  Client.DeleteBucket(Request); // NOLINT
  // NOLINTNEXTLINE(blastradius-cloud-delete-unguarded)
  Client.DeleteBucket(Request);
  // NOLINTBEGIN(blastradius-cloud-delete-unguarded)
  Client.DeleteBucket(Request);
  // NOLINTEND(blastradius-cloud-delete-unguarded)
  Client.DeleteBucket(Request); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
}

#endif // !GUARDS && !EXTRA

#ifdef GUARDS
// GuardNames: 'allowDestroy; Sure' replaces the default list.
void customGuards(S3::S3Client &Client, bool AllowDestroy, bool AreYouSure, bool DryRun) {
  S3::Model::DeleteBucketRequest Request;
  if (AllowDestroy)
    Client.DeleteBucket(Request);
  if (!AreYouSure)
    return;
  Client.DeleteBucket(Request);
}
void defaultsNoLongerGuards(S3::S3Client &Client, bool DryRun) {
  if (!DryRun)
    Client.DeleteBucket(S3::Model::DeleteBucketRequest());
  // CHECK-MESSAGES-GUARDS: :[[@LINE-1]]:5: warning: unguarded cloud delete: {{.*}} [blastradius-cloud-delete-unguarded]
}
#endif

#ifdef EXTRA
// ExtraMethods: further deletes by fully qualified name; a known delete
// listed again is reported once.
namespace infra {
struct Registry {
  void dropAll(bool Everything);
};
void nuke(const std::string &Account);
} // namespace infra

void extraMethods(infra::Registry &Registry, S3::S3Client &Client, bool Confirmed) {
  Registry.dropAll(true);
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'infra::Registry::dropAll' deletes a cloud resource {{.*}} [blastradius-cloud-delete-unguarded]
  infra::nuke("prod");
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'infra::nuke' deletes a cloud resource {{.*}} [blastradius-cloud-delete-unguarded]
  Client.DeleteBucket(S3::Model::DeleteBucketRequest());
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:3: warning: unguarded cloud delete: 'Aws::S3::S3Client::DeleteBucket' deletes an S3 bucket {{.*}} [blastradius-cloud-delete-unguarded]
  if (Confirmed)
    infra::nuke("staging");
}
#endif
