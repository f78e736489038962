// Minimal stand-in for google-cloud-cpp
// <google/cloud/compute/instances/v1/instances_client.h>.
#ifndef BLASTRADIUS_MOCK_GCLOUD_COMPUTE_INSTANCES
#define BLASTRADIUS_MOCK_GCLOUD_COMPUTE_INSTANCES

#include <google/cloud/status.h>

namespace google {
namespace cloud {
namespace compute_instances_v1 {
inline namespace v2_30 {
class Operation {};
class InstancesClient {
public:
  future<StatusOr<Operation>> DeleteInstance(const std::string &Project,
                                             const std::string &Zone,
                                             const std::string &Instance);
  future<StatusOr<Operation>> StopInstance(const std::string &Project,
                                           const std::string &Zone,
                                           const std::string &Instance);
};
} // namespace v2_30
} // namespace compute_instances_v1
} // namespace cloud
} // namespace google

#endif
