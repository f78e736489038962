// Minimal stand-in for aws-sdk-cpp <aws/cloudformation/CloudFormationClient.h>.
#ifndef BLASTRADIUS_MOCK_AWS_CLOUDFORMATION
#define BLASTRADIUS_MOCK_AWS_CLOUDFORMATION

#include <aws/core/Aws.h>

namespace Aws {
namespace CloudFormation {
namespace Model {
class DeleteStackRequest {
public:
  void SetStackName(const Aws::String &Name);
  DeleteStackRequest &WithStackName(const Aws::String &Name);
};
class CreateStackRequest {
public:
  void SetStackName(const Aws::String &Name);
  void SetTemplateBody(const Aws::String &Body);
  CreateStackRequest &WithStackName(const Aws::String &Name);
};
} // namespace Model

using DeleteStackOutcome = Outcome<NoResult>;
using CreateStackOutcome = Outcome<NoResult>;

class CloudFormationClient {
public:
  DeleteStackOutcome DeleteStack(const Model::DeleteStackRequest &R) const;
  CreateStackOutcome CreateStack(const Model::CreateStackRequest &R) const;
};

} // namespace CloudFormation
} // namespace Aws

#endif
