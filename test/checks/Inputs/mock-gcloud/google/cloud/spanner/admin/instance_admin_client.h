// Minimal stand-in for google-cloud-cpp
// <google/cloud/spanner/admin/instance_admin_client.h>.
#ifndef BLASTRADIUS_MOCK_GCLOUD_SPANNER_ADMIN
#define BLASTRADIUS_MOCK_GCLOUD_SPANNER_ADMIN

#include <google/cloud/status.h>

namespace google {
namespace cloud {
namespace spanner_admin {
inline namespace v2_30 {
class InstanceAdminClient {
public:
  Status DeleteInstance(const std::string &Name);
  Status GetInstance(const std::string &Name);
};
} // namespace v2_30
} // namespace spanner_admin
} // namespace cloud
} // namespace google

#endif
