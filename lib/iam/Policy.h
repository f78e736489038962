// One normalised IAM policy model, whatever syntax the policy was written in: JSON (a policy file,
// a heredoc, a CloudFormation JSON template), YAML (CloudFormation, with !Sub/!Ref tags), an HCL
// object (Terraform `jsonencode({...})`, unwrapped by the HCL converter) or a Terraform
// `data "aws_iam_policy_document"` block. Every element keeps the model::Node it came from, so the
// judge reports at the offending "*" in the host file.
#ifndef BLASTRADIUS_IAM_POLICY_H
#define BLASTRADIUS_IAM_POLICY_H

#include "model/Hcl.h"
#include "model/Node.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::iam {

enum class Effect { Allow, Deny, Unknown };

/// A host byte range (a key, an attribute name, a whole statement).
struct Span {
  uint32_t Begin = 0, End = 0;
};

/// Action, NotAction, Resource or NotResource: present or not, where its key is, and its values.
struct ListElement {
  bool Present = false;
  Span Key;
  /// The values: the items of a list, the value itself when it is one string.
  std::vector<const model::Node *> Items;
};

struct PrincipalEntry {
  /// "AWS", "Service", "Federated", "CanonicalUser" as written; "*" for the bare `Principal: "*"`
  /// (and Terraform's `principals { type = "*" }`).
  std::string Type;
  /// The identifier: "*", an ARN, an account id, a service name (a literal or not).
  const model::Node *Id = nullptr;
};

struct PrincipalElement {
  bool Present = false;
  Span Key;
  std::vector<PrincipalEntry> Entries;
  /// Written in a form that is not a literal (a !Ref, a Terraform reference, an !If): unknown.
  bool Opaque = false;
};

/// One condition clause: operator, key and the values it is compared with.
struct ConditionClause {
  std::string Operator;
  std::string Key;
  /// The operator or the key is not a literal (a Terraform variable, a YAML tag): unknown.
  bool Opaque = false;
  std::vector<const model::Node *> Values;
};

struct Statement {
  Effect TheEffect = Effect::Unknown;
  Span Where;
  ListElement Action, NotAction, Resource, NotResource;
  PrincipalElement Principal, NotPrincipal;
  bool HasCondition = false;
  std::vector<ConditionClause> Conditions;
};

struct Policy {
  std::vector<Statement> Statements;
};

/// Whether N is a mapping holding a `Statement` (a policy document).
bool isPolicyDocument(const model::Node &N);

/// Normalises a policy document (a mapping with `Statement`, which is one statement or a list).
/// Statements that are not mappings (an `!If`, a reference) are left out.
Policy policyFromDocument(const model::Node &Document);

/// Normalises a Terraform `data "aws_iam_policy_document"` block (effect defaults to Allow).
Policy policyFromTerraformDocument(const model::HclBlock &Data);

/// The value of a literal string: no YAML tag (core `!!` tags aside), no `${...}` or `%{...}`
/// interpolation. nullopt otherwise.
std::optional<std::string_view> literalString(const model::Node *N);

} // namespace blastradius::iam

#endif
