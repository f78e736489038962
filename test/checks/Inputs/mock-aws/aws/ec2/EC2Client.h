// Minimal stand-in for aws-sdk-cpp <aws/ec2/EC2Client.h> and its request models.
#ifndef BLASTRADIUS_MOCK_AWS_EC2
#define BLASTRADIUS_MOCK_AWS_EC2

#include <aws/core/Aws.h>

namespace Aws {
namespace EC2 {
namespace Model {
class TerminateInstancesRequest {
public:
  void SetDryRun(bool DryRun);
  TerminateInstancesRequest &WithDryRun(bool DryRun);
  void AddInstanceIds(const Aws::String &Id);
  TerminateInstancesRequest &WithInstanceIds(const Aws::Vector<Aws::String> &Ids);
};
class StopInstancesRequest {
public:
  void AddInstanceIds(const Aws::String &Id);
};
} // namespace Model

using TerminateInstancesOutcome = Outcome<NoResult>;
using StopInstancesOutcome = Outcome<NoResult>;

class EC2Client {
public:
  TerminateInstancesOutcome
  TerminateInstances(const Model::TerminateInstancesRequest &R) const;
  StopInstancesOutcome StopInstances(const Model::StopInstancesRequest &R) const;
};

} // namespace EC2
} // namespace Aws

#endif
