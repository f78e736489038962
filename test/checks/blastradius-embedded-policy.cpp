// REQUIRES: clang-tidy-plugin
// RUN: %check_clang_tidy %s blastradius-embedded-policy %t -- -isystem %S/Inputs/mock-std
// RUN: %check_clang_tidy -check-suffix=OPTIONS %s blastradius-embedded-policy %t \
// RUN:   -config="{CheckOptions: {blastradius-embedded-policy.DisabledRules: 'aws-iam-wildcard-action'}}" \
// RUN:   -- -isystem %S/Inputs/mock-std -DOPTIONS

#include <string>

#if !defined(OPTIONS)

// ---------------------------------------------------------------- positives

const char *AdminPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
})";
// CHECK-MESSAGES: :[[@LINE-2]]:47: warning: in this IAM policy document: IAM policy allows every action ('*') on every resource{{.*}} (blastradius rule aws-iam-wildcard-action) [blastradius-embedded-policy]

void attach(const std::string &Role) {
  std::string Document =
      "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
      "\"Action\": \"s3:*\", \"Resource\": \"*\"}]}";
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: in this IAM policy document: {{.*}} (blastradius rule aws-iam-wildcard-action) [blastradius-embedded-policy]
  (void)Role;
}

const char *Trust = R"({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]})";
// CHECK-MESSAGES: :[[@LINE-1]]:72: warning: in this IAM policy document: {{.*}} (blastradius rule aws-iam-wildcard-principal) [blastradius-embedded-policy]

// ---------------------------------------------------------------- negatives

const char *ReadOnly = R"({
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::logs/*"}]
})";
const char *DenyAll = R"({"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]})";
const char *NotAPolicy = R"({"Action": "*", "Resource": "*"})";
const char *Prose = "the Statement field with Action * is dangerous";
const char *Broken = R"({"Statement": [{"Effect": "Allow", "Action": "*", )";

// NOLINTNEXTLINE(blastradius-embedded-policy)
const char *Accepted = R"({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})";

#endif

#ifdef OPTIONS
const char *Disabled = R"({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})";
const char *StillOn = R"({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}]})";
// CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:{{[0-9]+}}: warning: in this IAM policy document: {{.*}} (blastradius rule aws-iam-wildcard-principal) [blastradius-embedded-policy]
#endif
