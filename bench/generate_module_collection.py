#!/usr/bin/env python3
"""Generate a Terraform module collection shaped like the public ones (terraform-aws-modules).

Why: the generated monorepo of generate_monorepo.py puts a bucket or a database in nearly every
Terraform file, so nearly every file holds a safety-catch attribute and must be parsed. A real
collection is different: one repository per module, each with a root module (main.tf,
variables.tf, outputs.tf, versions.tf), a few submodules under modules/, and examples/ whose
main.tf calls the module with `source = "../../"` or `"../../modules/<name>"`. Only the modules
that manage a database, a bucket, a table or a load balancer spell force_destroy,
skip_final_snapshot or a deletion protection flag; the examples of the others call local modules
that hold none of them. This is the shape on which the prefilter's local-module literals matter.

Deterministic for a given --seed. Python 3 standard library only.
"""

import argparse
import os
import random

# (repository, resource types, the safety catches its root module exposes as inputs)
REPOSITORIES = [
    ("rds", ["aws_db_instance", "aws_db_parameter_group", "aws_db_subnet_group"],
     ["deletion_protection", "skip_final_snapshot"]),
    ("s3-bucket", ["aws_s3_bucket", "aws_s3_bucket_policy", "aws_s3_bucket_versioning"], ["force_destroy"]),
    ("dynamodb-table", ["aws_dynamodb_table", "aws_appautoscaling_target"], ["deletion_protection_enabled"]),
    ("alb", ["aws_lb", "aws_lb_listener", "aws_lb_target_group"], ["enable_deletion_protection"]),
    ("vpc", ["aws_vpc", "aws_subnet", "aws_route_table", "aws_nat_gateway", "aws_internet_gateway"], []),
    ("iam", ["aws_iam_role", "aws_iam_policy", "aws_iam_role_policy_attachment"], []),
    ("security-group", ["aws_security_group", "aws_vpc_security_group_ingress_rule"], []),
    ("lambda", ["aws_lambda_function", "aws_cloudwatch_log_group", "aws_lambda_permission"], []),
    ("ecs", ["aws_ecs_cluster", "aws_ecs_service", "aws_ecs_task_definition"], []),
    ("sns", ["aws_sns_topic", "aws_sns_topic_subscription"], []),
    ("sqs", ["aws_sqs_queue", "aws_sqs_queue_policy"], []),
    ("kms", ["aws_kms_key", "aws_kms_alias"], []),
    ("route53", ["aws_route53_zone", "aws_route53_record"], []),
    ("acm", ["aws_acm_certificate", "aws_acm_certificate_validation"], []),
    ("autoscaling", ["aws_autoscaling_group", "aws_launch_template"], []),
    ("cloudwatch", ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_dashboard"], []),
]

WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november".split()


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def word(self):
        return self.r.choice(WORDS)

    def attributes(self, count):
        return ["%s_%s" % (self.word(), self.word()) for _ in range(count)]

    def module(self, types, catches, resources):
        """main.tf, variables.tf, outputs.tf, versions.tf of one module; the inputs it declares."""
        main, inputs = [], []
        for i in range(resources):
            kind = types[i % len(types)]
            attrs = self.attributes(self.r.randint(5, 14))
            main.append('resource "%s" "this_%d" {' % (kind, i))
            main.append("  count = var.create ? 1 : 0")
            for a in attrs:
                main.append("  %-28s = var.%s" % (a, a))
                inputs.append(a)
            if i == 0:
                for c in catches:
                    main.append("  %-28s = var.%s" % (c, c))
                    inputs.append(c)
            main.append("  tags = merge(var.tags, { Name = var.name })")
            main += ["", "  lifecycle {", "    create_before_destroy = true", "  }", "}", ""]
        variables = ['variable "create" {', "  type    = bool", "  default = true", "}", "",
                     'variable "name" {', "  type = string", "}", "",
                     'variable "tags" {', "  type    = map(string)", "  default = {}", "}", ""]
        for a in inputs:
            variables += ['variable "%s" {' % a, '  description = "The %s %s of the %s"' % (
                self.word(), self.word(), a.replace("_", " ")), "  type        = string", "  default     = null", "}", ""]
        outputs = []
        for i in range(resources):
            outputs += ['output "this_%d_id" {' % i, '  description = "The ID of resource %d"' % i,
                        "  value       = try(%s.this_%d[0].id, null)" % (types[i % len(types)], i), "}", ""]
        versions = ["terraform {", '  required_version = ">= 1.3"', "  required_providers {",
                    '    aws = { source = "hashicorp/aws", version = ">= 5.0" }', "  }", "}"]
        return {"main.tf": main, "variables.tf": variables, "outputs.tf": outputs, "versions.tf": versions}, inputs

    def example(self, repo, inputs, submodules, catches):
        main = ['provider "aws" {', '  region = local.region', "}", "", "locals {",
                '  region = "eu-west-1"', '  name   = "ex-%s"' % repo, "}", "",
                'module "%s" {' % repo.replace("-", "_"), '  source = "../../"', "", "  name = local.name"]
        for a in self.r.sample(inputs, min(len(inputs), self.r.randint(4, 12))):
            if a in catches:
                continue
            main.append("  %-20s = %s" % (a, '"%s"' % self.word()))
        # The examples of a module with a safety catch often set it (to let the example be destroyed).
        for c in catches:
            if self.r.random() < 0.5:
                main.append("  %-20s = %s" % (c, "false" if "protection" in c else "true"))
        main += ['  tags = { Example = local.name }', "}", ""]
        for sub in submodules:
            main += ['module "%s" {' % sub.replace("-", "_"), '  source = "../../modules/%s"' % sub, "",
                     "  name = local.name", "}", ""]
        return {"main.tf": main, "outputs.tf": ['output "id" {', "  value = module.%s.this_0_id" % repo.replace("-", "_"), "}"],
                "versions.tf": ["terraform {", '  required_version = ">= 1.3"', "}"]}


def write(folder, files):
    os.makedirs(folder, exist_ok=True)
    for name, lines in files.items():
        with open(os.path.join(folder, name), "w") as out:
            out.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    g = Generator(args.seed)
    for repo, types, catches in REPOSITORIES:
        root = os.path.join(args.out, "terraform-aws-" + repo)
        files, inputs = g.module(types, catches, g.r.randint(4, 9))
        write(root, files)
        submodules = ["%s-%s" % (repo, g.word()) for _ in range(g.r.randint(1, 3))]
        for sub in submodules:
            write(os.path.join(root, "modules", sub), g.module(types, [], g.r.randint(1, 3))[0])
        for n in range(g.r.randint(2, 4)):
            write(os.path.join(root, "examples", "example-%d" % n), g.example(repo, inputs, submodules, catches))


if __name__ == "__main__":
    main()
