// Minimal stand-in for google-cloud-cpp <google/cloud/storage/client.h>.
#ifndef BLASTRADIUS_MOCK_GCLOUD_STORAGE
#define BLASTRADIUS_MOCK_GCLOUD_STORAGE

#include <google/cloud/status.h>

namespace google {
namespace cloud {
namespace storage {
inline namespace v2_30 {
class BucketMetadata {};
class Client {
public:
  template <typename... Options>
  Status DeleteBucket(const std::string &BucketName, Options &&...Opts);
  template <typename... Options>
  StatusOr<BucketMetadata> CreateBucket(const std::string &BucketName,
                                        BucketMetadata Metadata,
                                        Options &&...Opts);
  template <typename... Options>
  Status DeleteObject(const std::string &BucketName,
                      const std::string &ObjectName, Options &&...Opts);
};
} // namespace v2_30
} // namespace storage
} // namespace cloud
} // namespace google

#endif
