// Minimal stand-in for google-cloud-cpp
// <google/cloud/bigtable/admin/bigtable_instance_admin_client.h>.
#ifndef BLASTRADIUS_MOCK_GCLOUD_BIGTABLE_ADMIN
#define BLASTRADIUS_MOCK_GCLOUD_BIGTABLE_ADMIN

#include <google/cloud/status.h>

namespace google {
namespace cloud {
namespace bigtable_admin {
inline namespace v2_30 {
class BigtableInstanceAdminClient {
public:
  Status DeleteInstance(const std::string &Name);
};
} // namespace v2_30
} // namespace bigtable_admin
} // namespace cloud
} // namespace google

#endif
