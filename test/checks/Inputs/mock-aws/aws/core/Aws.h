// Minimal stand-in for aws-sdk-cpp's core: just what the blastradius check
// tests need (an outcome type and a string), not the SDK's real layout.
#ifndef BLASTRADIUS_MOCK_AWS_CORE
#define BLASTRADIUS_MOCK_AWS_CORE

#include <string>

namespace Aws {
using String = std::string;
template <typename T> class Vector {
public:
  void push_back(const T &V);
};
template <typename R> class Outcome {
public:
  bool IsSuccess() const;
};
struct NoResult {};
template <typename R> class Future {
public:
  R get();
};
namespace Client {
class AsyncCallerContext {};
} // namespace Client
} // namespace Aws

#endif
