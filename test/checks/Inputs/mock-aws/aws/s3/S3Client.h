// Minimal stand-in for aws-sdk-cpp <aws/s3/S3Client.h> and its request models.
#ifndef BLASTRADIUS_MOCK_AWS_S3
#define BLASTRADIUS_MOCK_AWS_S3

#include <aws/core/Aws.h>

namespace Aws {
namespace S3 {
namespace Model {
class DeleteBucketRequest {
public:
  void SetBucket(const Aws::String &B);
  DeleteBucketRequest &WithBucket(const Aws::String &B);
};
class CreateBucketRequest {
public:
  void SetBucket(const Aws::String &B);
  CreateBucketRequest &WithBucket(const Aws::String &B);
};
class Delete {};
class DeleteObjectsRequest {
public:
  void SetBucket(const Aws::String &B);
  void SetDelete(const Delete &D);
};
class DeleteObjectRequest {
public:
  void SetBucket(const Aws::String &B);
  void SetKey(const Aws::String &K);
};
class ListObjectsRequest {
public:
  void SetBucket(const Aws::String &B);
};
} // namespace Model

using DeleteBucketOutcome = Outcome<NoResult>;
using CreateBucketOutcome = Outcome<NoResult>;
using DeleteObjectsOutcome = Outcome<NoResult>;
using DeleteObjectOutcome = Outcome<NoResult>;
using ListObjectsOutcome = Outcome<NoResult>;
using DeleteBucketResponseReceivedHandler = void (*)();

class S3Client {
public:
  DeleteBucketOutcome DeleteBucket(const Model::DeleteBucketRequest &R) const;
  Future<DeleteBucketOutcome>
  DeleteBucketCallable(const Model::DeleteBucketRequest &R) const;
  void DeleteBucketAsync(const Model::DeleteBucketRequest &R,
                         DeleteBucketResponseReceivedHandler Handler,
                         const Client::AsyncCallerContext *Context = nullptr) const;
  CreateBucketOutcome CreateBucket(const Model::CreateBucketRequest &R) const;
  DeleteObjectsOutcome DeleteObjects(const Model::DeleteObjectsRequest &R) const;
  DeleteObjectOutcome DeleteObject(const Model::DeleteObjectRequest &R) const;
  ListObjectsOutcome ListObjects(const Model::ListObjectsRequest &R) const;
};

} // namespace S3
} // namespace Aws

#endif
