// Minimal stand-in for google-cloud-cpp's Status and StatusOr.
#ifndef BLASTRADIUS_MOCK_GCLOUD_STATUS
#define BLASTRADIUS_MOCK_GCLOUD_STATUS

#include <string>

namespace google {
namespace cloud {
inline namespace v2_30 {
class Status {
public:
  bool ok() const;
};
template <typename T> class StatusOr {
public:
  bool ok() const;
};
template <typename T> class future {
public:
  T get();
};
} // namespace v2_30
} // namespace cloud
} // namespace google

#endif
