// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-delete-then-recreate %t -- \
// RUN:   -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-aws -isystem %S/Inputs/mock-gcloud
// RUN: %check_clang_tidy -check-suffix=KINDS %s blastradius-delete-then-recreate %t \
// RUN:   -config="{CheckOptions: {blastradius-delete-then-recreate.SqlObjectKinds: 'table; Sequence'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-aws -isystem %S/Inputs/mock-gcloud -DKINDS
// RUN: %check_clang_tidy -check-suffix=NOSQL %s blastradius-delete-then-recreate %t \
// RUN:   -config="{CheckOptions: {blastradius-delete-then-recreate.SqlObjectKinds: ''}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -isystem %S/Inputs/mock-aws -isystem %S/Inputs/mock-gcloud -DNOSQL

#include <aws/cloudformation/CloudFormationClient.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/s3/S3Client.h>
#include <filesystem>
#include <google/cloud/storage/client.h>
#include <string>

namespace fs = std::filesystem;

struct sqlite3;
extern "C" int sqlite3_exec(sqlite3 *Db, const char *Sql, int (*Callback)(void *, int, char **, char **),
                            void *Arg, char **ErrMsg);
struct Connection {
  void exec(const std::string &Sql);
};
std::string StrCat(const std::string &A, const std::string &B);

#if !defined(KINDS) && !defined(NOSQL)

// ---------------------------------------------------------------- positives

void directory(const fs::path &Dir) {
  fs::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: directory 'Dir' is deleted and then recreated with 'create_directories': in between it is missing and readers and writers fail, and the recreated directory starts empty, without the old files, permissions and owner; build the new directory beside it and rename it into place, or delete only its contents [blastradius-delete-then-recreate]
  fs::create_directories(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here
}

void directorySpellings(const std::string &Out, const fs::path &Base) {
  using namespace std::filesystem;
  remove_all(Out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: directory 'Out' is deleted and then recreated with 'create_directory': {{.*}} [blastradius-delete-then-recreate]
  std::error_code Ec;
  create_directory(fs::path(Out), Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here
  fs::remove_all("/var/cache/app");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: directory '/var/cache/app' is deleted and then recreated with 'create_directories': {{.*}} [blastradius-delete-then-recreate]
  fs::create_directories(fs::path("/var/cache/app"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here
  fs::remove_all(Base / "build");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: directory 'Base / "build"' is deleted and then recreated {{.*}} [blastradius-delete-then-recreate]
  if (!fs::create_directories(Base / "build"))
    return;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: recreated here
}

constexpr const char *KOutDir = "/tmp/blastradius-out";
const char KOutDirCopy[] = "/tmp/blastradius-out";

void sameConstantText(bool Clean) {
  if (Clean)
    fs::remove_all(KOutDir);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: directory '/tmp/blastradius-out' is deleted and then recreated {{.*}} [blastradius-delete-then-recreate]
  fs::create_directories(KOutDirCopy);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here
}

struct Workspace {
  fs::path Root;
  void reset() {
    fs::remove_all(Root);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: directory 'Root' is deleted and then recreated {{.*}} [blastradius-delete-then-recreate]
    fs::create_directories(Root);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: recreated here
  }
};

void sqlSameLiteral(sqlite3 *Db) {
  sqlite3_exec(Db, "DROP TABLE IF EXISTS users; CREATE TABLE users (id INTEGER)", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: table 'users' is dropped and then created again: in between it is missing and queries fail, and the recreated table starts empty, without the old rows, grants, indexes and triggers; create the new table under another name and rename it into place, or TRUNCATE/DELETE its rows [blastradius-delete-then-recreate]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: created again here
}

void sqlTwoLiterals(Connection &C, sqlite3 *Db) {
  C.exec("drop table \"Orders\";");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: table 'orders' is dropped and then created again: {{.*}} [blastradius-delete-then-recreate]
  C.exec(R"sql(
    -- recreate it
    CREATE TABLE IF NOT EXISTS orders (id INT, note TEXT DEFAULT 'DROP TABLE x');
  )sql");
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: created again here
  C.exec(std::string("DROP DATABASE IF EXISTS app"));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: database 'app' is dropped and then created again: {{.*}} [blastradius-delete-then-recreate]
  sqlite3_exec(Db, "CREATE DATABASE app", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: created again here
  C.exec("DROP SCHEMA reporting CASCADE; DROP VIEW public.active_users");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: view 'public.active_users' is dropped and then created again: {{.*}} has lost the old grants and the views that depended on it; use CREATE OR REPLACE VIEW, {{.*}} [blastradius-delete-then-recreate]
  C.exec("CREATE OR REPLACE VIEW public.active_users AS SELECT 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: created again here
  C.exec("DROP INDEX idx_users_email");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: index 'idx_users_email' is dropped and then created again: {{.*}} [blastradius-delete-then-recreate]
  C.exec("CREATE UNIQUE INDEX idx_users_email ON users (email)");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: created again here
}

void sdkPairs(Aws::S3::S3Client &S3, Aws::DynamoDB::DynamoDBClient &Dynamo,
              Aws::CloudFormation::CloudFormationClient &Cfn, google::cloud::storage::Client &Gcs,
              const std::string &Bucket) {
  Aws::S3::Model::DeleteBucketRequest Delete;
  Delete.SetBucket(Bucket);
  S3.DeleteBucket(Delete);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: bucket 'Bucket' is deleted with 'DeleteBucket' and then recreated with 'CreateBucket': in between it is missing and readers and writers fail, and the recreated bucket starts empty, without the old objects, policy and settings, and the globally unique name can be taken by someone else in between; delete only the objects you mean to replace, or create a new bucket and switch over [blastradius-delete-then-recreate]
  S3.CreateBucket(Aws::S3::Model::CreateBucketRequest().WithBucket(Bucket));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here

  Dynamo.DeleteTable(Aws::DynamoDB::Model::DeleteTableRequest().WithTableName("sessions"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: table 'sessions' is deleted with 'DeleteTable' and then recreated with 'CreateTable': {{.*}} starts empty, without the old items, backups, streams and settings; {{.*}} [blastradius-delete-then-recreate]
  Aws::DynamoDB::Model::CreateTableRequest Create;
  Create.SetTableName("sessions");
  Dynamo.CreateTable(Create);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here

  Aws::CloudFormation::Model::DeleteStackRequest DeleteStack;
  DeleteStack.SetStackName("network");
  Cfn.DeleteStack(DeleteStack);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: stack 'network' is deleted with 'DeleteStack' and then recreated with 'CreateStack': {{.*}}; update the stack (UpdateStack or a change set) instead [blastradius-delete-then-recreate]
  Aws::CloudFormation::Model::CreateStackRequest CreateStack;
  CreateStack.SetStackName("network");
  Cfn.CreateStack(CreateStack);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here

  Gcs.DeleteBucket(Bucket);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: bucket 'Bucket' is deleted with 'DeleteBucket' and then recreated with 'CreateBucket': {{.*}} [blastradius-delete-then-recreate]
  Gcs.CreateBucket(Bucket, google::cloud::storage::BucketMetadata());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here
}

void inLoop(const fs::path &Dir, int N) {
  for (int I = 0; I < N; ++I) {
    fs::remove_all(Dir);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: directory 'Dir' is deleted and then recreated {{.*}} [blastradius-delete-then-recreate]
    fs::create_directories(Dir);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: recreated here
  }
}

void earlyExitElsewhere(const fs::path &Dir, bool Fail) {
  fs::remove_all(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: directory 'Dir' is deleted and then recreated {{.*}} [blastradius-delete-then-recreate]
  if (Fail)
    return; // only sometimes
  fs::create_directories(Dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: recreated here
}

// ---------------------------------------------------------------- negatives

void differentPaths(const fs::path &A, const fs::path &B) {
  fs::remove_all(A);
  fs::create_directories(B);
  fs::remove_all(A / "old");
  fs::create_directories(A / "new");
  fs::remove_all("/tmp/a");
  fs::create_directories("/tmp/b");
}

void createBeforeDelete(const fs::path &Dir) {
  fs::create_directories(Dir);
  fs::remove_all(Dir);
}

void onlyDelete(const fs::path &Dir) { fs::remove_all(Dir); }
void onlyCreate(const fs::path &Dir) { fs::create_directories(Dir); }

void removeFileThenCreateParent(const fs::path &File) {
  fs::remove(File);
  fs::create_directories(File.parent_path());
  fs::remove(File);
  fs::create_directories(File);
}

void otherBranch(const fs::path &Dir, bool Clean) {
  if (Clean)
    fs::remove_all(Dir);
  else
    fs::create_directories(Dir);
}

void otherOperand(const fs::path &Dir, bool Clean) {
  Clean ? fs::remove_all(Dir) : fs::create_directories(Dir);
}

void leavesAfterDelete(const fs::path &Dir, bool Clean) {
  if (Clean) {
    fs::remove_all(Dir);
    return;
  }
  fs::create_directories(Dir);
}

void reassignedBetween(fs::path Dir, const fs::path &Next) {
  fs::remove_all(Dir);
  Dir = Next;
  fs::create_directories(Dir);
  fs::remove_all(Dir);
  Dir /= "sub";
  fs::create_directories(Dir);
}

void inALambda(const fs::path &Dir) {
  fs::remove_all(Dir);
  auto Later = [&Dir] { fs::create_directories(Dir); };
  Later();
}

namespace app {
void create_directories(const fs::path &P);
} // namespace app
void userCreate(const fs::path &Dir) {
  fs::remove_all(Dir);
  app::create_directories(Dir);
}

void sqlNegatives(Connection &C, sqlite3 *Db, const std::string &Suffix, const std::string &Name) {
  C.exec("DROP TABLE staging_a");
  C.exec("CREATE TABLE staging_b (id INT)");
  C.exec("CREATE TABLE before_drop (id INT)");
  C.exec("DROP TABLE before_drop");
  // Temporary objects hold nothing worth keeping.
  C.exec("DROP TABLE IF EXISTS scratch; CREATE TEMPORARY TABLE scratch (id INT)");
  C.exec("DROP TEMPORARY TABLE scratch2; CREATE TABLE scratch2 (id INT)");
  // Different kinds, and statements that are not DROP/CREATE.
  C.exec("DROP VIEW report; CREATE TABLE report (id INT)");
  C.exec("ALTER TABLE t DROP COLUMN c; CREATE TABLE t2 (id INT)");
  C.exec("SELECT 'DROP TABLE q; CREATE TABLE q'");
  C.exec("-- DROP TABLE commented; \nCREATE TABLE commented (id INT)");
  C.exec("/* DROP TABLE c2; */ CREATE TABLE c2 (id INT)");
  C.exec("DELETE FROM users; INSERT INTO users VALUES (1)");
  // The name continues at run time: not known to be the same.
  C.exec("DROP TABLE logs_" + Suffix);
  C.exec("CREATE TABLE logs_" + Suffix + " (id INT)");
  C.exec(StrCat("DROP TABLE events", Suffix));
  C.exec(StrCat("CREATE TABLE events", Suffix));
  C.exec("DROP TABLE " + Name);
  C.exec("CREATE TABLE " + Name + " (id INT)");
  // Not passed to a call.
  const char *Migration = "DROP TABLE m1; CREATE TABLE m1 (id INT)";
  (void)Migration;
  // CREATE INDEX without a name.
  C.exec("DROP INDEX ix; CREATE INDEX ON t (c)");
}

void sqlInDifferentFunctions1(Connection &C) { C.exec("DROP TABLE split"); }
void sqlInDifferentFunctions2(Connection &C) { C.exec("CREATE TABLE split (id INT)"); }

void sqlOtherBranch(Connection &C, bool Reset) {
  if (Reset)
    C.exec("DROP TABLE branchy");
  else
    C.exec("CREATE TABLE branchy (id INT)");
}

void sdkNegatives(Aws::S3::S3Client &S3, Aws::DynamoDB::DynamoDBClient &Dynamo,
                  google::cloud::storage::Client &Gcs, const std::string &Old,
                  const std::string &New) {
  Aws::S3::Model::DeleteBucketRequest Delete;
  Delete.SetBucket(Old);
  S3.DeleteBucket(Delete);
  S3.CreateBucket(Aws::S3::Model::CreateBucketRequest().WithBucket(New));
  // No name known on either side.
  S3.DeleteBucket(Aws::S3::Model::DeleteBucketRequest());
  S3.CreateBucket(Aws::S3::Model::CreateBucketRequest());
  // Create first, delete later: blue/green.
  Dynamo.CreateTable(Aws::DynamoDB::Model::CreateTableRequest().WithTableName("v2"));
  Dynamo.DeleteTable(Aws::DynamoDB::Model::DeleteTableRequest().WithTableName("v2"));
  // A bucket deleted, a table created under the same name.
  Dynamo.CreateTable(Aws::DynamoDB::Model::CreateTableRequest().WithTableName(Old));
  Gcs.DeleteBucket("a");
  Gcs.CreateBucket("b", google::cloud::storage::BucketMetadata());
}

// ------------------------------------------------------------- suppressions

void suppressed(const fs::path &Dir, Connection &C) {
  fs::remove_all(Dir); // NOLINT(blastradius-delete-then-recreate)
  fs::create_directories(Dir);
  // NOLINTNEXTLINE(blastradius-delete-then-recreate)
  C.exec("DROP TABLE t9; CREATE TABLE t9 (id INT)");
  // NOLINTBEGIN(blastradius-delete-then-recreate)
  C.exec("DROP TABLE t10; CREATE TABLE t10 (id INT)");
  // NOLINTEND(blastradius-delete-then-recreate)
  C.exec("DROP TABLE t11; CREATE TABLE t11 (id INT)"); // NOLINT
  C.exec("DROP TABLE t12; CREATE TABLE t12 (id INT)"); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: table 't12' is dropped and then created again: {{.*}} [blastradius-delete-then-recreate]
}

#endif // !KINDS && !NOSQL

#ifdef KINDS
// SqlObjectKinds: 'table; Sequence' -- views and indexes are no longer
// reported; a kind without a description of its own is an "object".
void kinds(Connection &C) {
  C.exec("DROP SEQUENCE ids; CREATE SEQUENCE ids");
  // CHECK-MESSAGES-KINDS: :[[@LINE-1]]:10: warning: object 'ids' is dropped and then created again: in between it is missing and queries fail, and the recreated object has lost the old contents and grants; create the new object under another name and switch over [blastradius-delete-then-recreate]
  C.exec("DROP VIEW v; CREATE VIEW v AS SELECT 1");
  C.exec("DROP INDEX i; CREATE INDEX i ON t (c)");
  C.exec("DROP TABLE t; CREATE TABLE t (id INT)");
  // CHECK-MESSAGES-KINDS: :[[@LINE-1]]:10: warning: table 't' is dropped and then created again: {{.*}} [blastradius-delete-then-recreate]
}
#endif

#ifdef NOSQL
// SqlObjectKinds: '' -- no SQL pairs; directories and SDK pairs still.
void noSql(Connection &C, const fs::path &Dir) {
  C.exec("DROP TABLE t; CREATE TABLE t (id INT)");
  fs::remove_all(Dir);
  // CHECK-MESSAGES-NOSQL: :[[@LINE-1]]:3: warning: directory 'Dir' is deleted and then recreated {{.*}} [blastradius-delete-then-recreate]
  fs::create_directories(Dir);
}
#endif
