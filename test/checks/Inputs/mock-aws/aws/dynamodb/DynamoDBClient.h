// Minimal stand-in for aws-sdk-cpp <aws/dynamodb/DynamoDBClient.h>.
#ifndef BLASTRADIUS_MOCK_AWS_DYNAMODB
#define BLASTRADIUS_MOCK_AWS_DYNAMODB

#include <aws/core/Aws.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class DeleteTableRequest {
public:
  void SetTableName(const Aws::String &Name);
  DeleteTableRequest &WithTableName(const Aws::String &Name);
};
class CreateTableRequest {
public:
  void SetTableName(const Aws::String &Name);
  CreateTableRequest &WithTableName(const Aws::String &Name);
};
} // namespace Model

using DeleteTableOutcome = Outcome<NoResult>;
using CreateTableOutcome = Outcome<NoResult>;

class DynamoDBClient {
public:
  DeleteTableOutcome DeleteTable(const Model::DeleteTableRequest &R) const;
  CreateTableOutcome CreateTable(const Model::CreateTableRequest &R) const;
};

} // namespace DynamoDB
} // namespace Aws

#endif
