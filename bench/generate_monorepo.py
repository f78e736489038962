#!/usr/bin/env python3
"""Generate a synthetic infrastructure monorepo for the blastradius benchmark.

The output is deterministic for a given (--files, --seed): every random choice goes
through one seeded random.Random, and nothing iterates over a set or a dict whose order
could depend on hashing. That makes runs comparable across machines and over time.

The mix imitates a typical service monorepo: mostly safe code with a sprinkling of the
constructs the rules look for, so the scan does real matching work and reports a
realistic (small) number of findings rather than flagging every file.

C++ is deliberately absent: C++ goes through clang-tidy, which costs orders of magnitude
more per file than a tree-sitter parse and would drown every other language.

Python 3 standard library only.
"""

import argparse
import os
import random
import sys

# Share of files per kind. Roughly what an infra-heavy monorepo looks like.
KIND_WEIGHTS = [
    ("terraform", 20),
    ("bash", 16),
    ("kubernetes", 14),
    ("workflow", 6),
    ("json", 10),
    ("python", 14),
    ("sql", 12),
    ("dockerfile", 8),
    ("cloudformation", 5),
    ("policy", 4),
]

# Share of files that are much larger than usual (generated configs, long migrations ...).
LARGE_FILE_SHARE = 0.03

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
         "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee "
         "zulu billing orders users search ledger gateway auth inventory payments catalog "
         "reports metrics events audit cache queue mailer").split()


class Gen:
    """Per-file generators. Each returns the text of one file of roughly `lines` lines."""

    def __init__(self, rng):
        self.r = rng

    # -- helpers ---------------------------------------------------------------
    def word(self):
        return self.r.choice(WORDS)

    def ident(self, parts=2):
        return "_".join(self.word() for _ in range(parts))

    def chance(self, p):
        return self.r.random() < p

    # -- Terraform -------------------------------------------------------------
    def terraform(self, lines):
        out = [
            "terraform {",
            '  required_version = ">= 1.5.0"',
            "  required_providers {",
            '    aws = { source = "hashicorp/aws", version = "~> 5.0" }',
            "  }",
            "}",
            "",
        ]
        while len(out) < lines:
            out += self.r.choice(self._tf_blocks)(self)
            out.append("")
        return "\n".join(out) + "\n"

    def _tf_variable(self):
        name = self.ident()
        return [
            f'variable "{name}" {{',
            '  type        = string',
            f'  description = "The {self.word()} {self.word()} setting"',
            f'  default     = "{self.word()}"',
            "}",
        ]

    def _tf_bucket(self):
        name = self.ident()
        block = [
            f'resource "aws_s3_bucket" "{name}" {{',
            f'  bucket = "${{var.prefix}}-{name.replace("_", "-")}"',
        ]
        # A few buckets are throwaway scratch space: the rule must fire on them.
        if self.chance(0.04):
            block.append("  force_destroy = true")
        elif self.chance(0.3):
            block.append("  force_destroy = false")
        block += [
            "  tags = {",
            f'    Team        = "{self.word()}"',
            '    Environment = var.environment',
            "  }",
            "}",
            "",
            f'resource "aws_s3_bucket_versioning" "{name}" {{',
            f"  bucket = aws_s3_bucket.{name}.id",
            "  versioning_configuration {",
            '    status = "Enabled"',
            "  }",
            "}",
        ]
        return block

    def _tf_database(self):
        name = self.ident()
        skip = "true" if self.chance(0.05) else "false"
        protect = "false" if self.chance(0.05) else "true"
        return [
            f'resource "aws_db_instance" "{name}" {{',
            f'  identifier              = "{name.replace("_", "-")}"',
            '  engine                  = "postgres"',
            '  engine_version          = "15.4"',
            f'  instance_class          = "db.{self.r.choice(["t3", "m6g", "r6g"])}.large"',
            f"  allocated_storage       = {self.r.choice([20, 50, 100, 500])}",
            f"  skip_final_snapshot     = {skip}",
            f"  deletion_protection     = {protect}",
            f'  final_snapshot_identifier = "{name.replace("_", "-")}-final"',
            "  backup_retention_period = 7",
            "  multi_az                = true",
            "}",
        ]

    def _tf_instance(self):
        name = self.ident()
        return [
            f'resource "aws_instance" "{name}" {{',
            "  ami           = data.aws_ami.ubuntu.id",
            f'  instance_type = "{self.r.choice(["t3.micro", "t3.small", "m6i.large"])}"',
            f"  count         = var.{self.word()}_count",
            "  root_block_device {",
            f"    volume_size = {self.r.choice([8, 20, 50])}",
            "    encrypted   = true",
            "  }",
            "  lifecycle {",
            "    create_before_destroy = true",
            "  }",
            "}",
        ]

    def _tf_security_group(self):
        name = self.ident()
        out = [f'resource "aws_security_group" "{name}" {{', f'  name   = "{name}"', "  vpc_id = var.vpc_id"]
        for _ in range(self.r.randint(1, 4)):
            port = self.r.choice([22, 80, 443, 5432, 6379, 8080])
            out += [
                "  ingress {",
                f"    from_port   = {port}",
                f"    to_port     = {port}",
                '    protocol    = "tcp"',
                '    cidr_blocks = ["10.0.0.0/8"]',
                "  }",
            ]
        out.append("}")
        return out

    def _tf_iam(self):
        name = self.ident()
        return [
            f'resource "aws_iam_role_policy" "{name}" {{',
            f'  name = "{name}"',
            f"  role = aws_iam_role.{self.ident()}.id",
            "  policy = jsonencode({",
            '    Version = "2012-10-17"',
            "    Statement = [{",
            '      Effect   = "Allow"',
            f'      Action   = ["s3:GetObject", "s3:ListBucket"]',
            f'      Resource = ["arn:aws:s3:::{name}/*"]',
            "    }]",
            "  })",
            "}",
        ]

    def _tf_module(self):
        name = self.ident()
        return [
            f'module "{name}" {{',
            f'  source      = "../../modules/{self.word()}"',
            "  environment = var.environment",
            f"  replicas    = {self.r.randint(1, 9)}",
            f'  tags        = merge(local.tags, {{ Service = "{name}" }})',
            "}",
        ]

    def _tf_locals(self):
        out = ["locals {"]
        for _ in range(self.r.randint(2, 8)):
            out.append(f'  {self.ident()} = "${{var.environment}}-{self.word()}"')
        out.append("}")
        return out

    def _tf_output(self):
        return [f'output "{self.ident()}" {{', f"  value = module.{self.ident()}.id", "}"]

    _tf_blocks = [_tf_variable, _tf_variable, _tf_bucket, _tf_database, _tf_instance, _tf_instance,
                  _tf_security_group, _tf_iam, _tf_module, _tf_module, _tf_locals, _tf_output]

    # -- bash ------------------------------------------------------------------
    def bash(self, lines):
        # Half the scripts take their work directory from the command line, where it may be
        # empty; the others have a literal default.
        dir_source = "${1:-}" if self.chance(0.5) else f"${{BUILD_DIR:-/tmp/{self.word()}}}"
        out = ["#!/usr/bin/env bash", "set -euo pipefail", "",
               f'DIR="{dir_source}"', f'SERVICE="{self.word()}"', ""]
        while len(out) < lines:
            out += self.r.choice(self._sh_blocks)(self)
            out.append("")
        out.append('main "$@"' if self.chance(0.5) else 'echo "done: $SERVICE"')
        return "\n".join(out) + "\n"

    def _sh_function(self):
        name = self.ident()
        return [
            f"{name}() {{",
            '  local target="$1"',
            f'  echo "{self.word()}: $target"',
            '  if [[ -d "$target" ]]; then',
            '    find "$target" -name "*.log" -mtime +7 -print',
            "  fi",
            f'  curl -fsS "https://{self.word()}.internal/health" >/dev/null',
            "}",
        ]

    def _sh_loop(self):
        return [
            f"for svc in {' '.join(self.word() for _ in range(self.r.randint(2, 6)))}; do",
            '  echo "deploying $svc"',
            '  kubectl rollout status "deployment/$svc" --timeout=120s',
            '  [[ -f "config/$svc.env" ]] && source "config/$svc.env"',
            "done",
        ]

    def _sh_case(self):
        return [
            'case "${1:-}" in',
            f"  {self.word()}) echo one ;;",
            f"  {self.word()}) echo two ;;",
            '  *) echo "usage: $0 [cmd]" >&2; exit 2 ;;',
            "esac",
        ]

    def _sh_cleanup(self):
        # The construct the bash rule looks for: an unguarded variable in front of a glob.
        # Most scripts use the ${VAR:?} guard; a few do not.
        if self.chance(0.06):
            return ['echo "cleaning $DIR"', 'rm -rf "$DIR/"*']
        return ['echo "cleaning $DIR"', 'rm -rf "${DIR:?}/"*']

    def _sh_commands(self):
        return [
            f'mkdir -p "$DIR/{self.word()}"',
            f'cp -r "src/{self.word()}" "$DIR/"',
            f'tar -czf "$DIR/{self.word()}.tar.gz" -C "$DIR" .',
            'VERSION="$(git describe --tags --always)"',
            f'docker build -t "registry.example.com/{self.word()}:$VERSION" .',
            'if ! command -v jq >/dev/null; then echo "jq missing" >&2; exit 1; fi',
        ]

    def _sh_while(self):
        return [
            "attempt=0",
            'while (( attempt < 5 )); do',
            f'  if curl -fsS "http://localhost:{self.r.randint(3000, 9000)}/ready"; then break; fi',
            "  attempt=$((attempt + 1))",
            "  sleep 2",
            "done",
        ]

    _sh_blocks = [_sh_function, _sh_function, _sh_loop, _sh_case, _sh_cleanup, _sh_commands,
                  _sh_commands, _sh_while]

    # -- Kubernetes ------------------------------------------------------------
    def kubernetes(self, lines):
        docs = []
        total = 0
        while total < lines:
            doc = self.r.choice([self._k8s_deployment, self._k8s_service, self._k8s_configmap, self._k8s_role])()
            docs.append(doc)
            total += len(doc) + 1
        return "\n---\n".join("\n".join(d) for d in docs) + "\n"

    def _k8s_deployment(self):
        name = self.word() + "-" + self.word()
        out = [
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            f"  name: {name}",
            f"  namespace: {self.word()}",
            "  labels:",
            f"    app: {name}",
            "spec:",
            f"  replicas: {self.r.randint(1, 6)}",
            "  selector:",
            "    matchLabels:",
            f"      app: {name}",
            "  template:",
            "    metadata:",
            "      labels:",
            f"        app: {name}",
            "    spec:",
            "      containers:",
            f"        - name: {name}",
            f"          image: registry.example.com/{name}:1.{self.r.randint(0, 40)}.0",
            "          ports:",
            f"            - containerPort: {self.r.choice([8080, 9090, 3000])}",
            "          env:",
        ]
        for _ in range(self.r.randint(2, 10)):
            out += [f"            - name: {self.ident().upper()}", f'              value: "{self.word()}"']
        out += [
            "          resources:",
            "            limits:",
            f'              memory: "{self.r.choice([128, 256, 512])}Mi"',
            '              cpu: "500m"',
            "          readinessProbe:",
            "            httpGet:",
            "              path: /ready",
            "              port: 8080",
        ]
        return out

    def _k8s_service(self):
        name = self.word() + "-" + self.word()
        return [
            "apiVersion: v1",
            "kind: Service",
            "metadata:",
            f"  name: {name}",
            "spec:",
            "  selector:",
            f"    app: {name}",
            "  ports:",
            "    - port: 80",
            "      targetPort: 8080",
        ]

    def _k8s_configmap(self):
        out = ["apiVersion: v1", "kind: ConfigMap", "metadata:", f"  name: {self.word()}-config", "data:"]
        for _ in range(self.r.randint(3, 15)):
            out.append(f'  {self.ident()}: "{self.word()}"')
        return out

    # -- GitHub Actions --------------------------------------------------------
    def workflow(self, lines):
        out = [
            f"name: {self.word()}",
            "on:",
            "  push:",
            "    branches: [main]",
            "  pull_request:",
            "permissions:",
            "  contents: read",
            "jobs:",
        ]
        while len(out) < lines:
            out += [
                f"  {self.word()}-{self.word()}:",
                "    runs-on: ubuntu-latest",
                "    steps:",
                "      - uses: actions/checkout@v4",
            ]
            for _ in range(self.r.randint(2, 6)):
                out += [
                    f"      - name: {self.word()} {self.word()}",
                    "        run: |",
                    f"          make {self.word()}",
                    f'          echo "built {self.word()}"',
                ]
                # Shell embedded in run: blocks goes through the bash analyser too.
                if self.chance(0.03):
                    out.append('          rm -rf "$OUT/"*')
        return "\n".join(out) + "\n"

    # -- JSON ------------------------------------------------------------------
    def _k8s_role(self):
        verbs = self.r.choice(['["get", "list", "watch"]', '["get"]', '["*"]' if self.chance(0.1) else '["list"]'])
        return [
            "apiVersion: rbac.authorization.k8s.io/v1",
            "kind: Role",
            "metadata:",
            f"  name: {self.word()}-reader",
            f"  namespace: {self.word()}",
            "rules:",
            '  - apiGroups: [""]',
            f'    resources: ["pods", "configmaps"]',
            f"    verbs: {verbs}",
        ]

    # -- CloudFormation and IAM policy documents ------------------------------
    def cloudformation(self, lines):
        out = ['AWSTemplateFormatVersion: "2010-09-09"', f"Description: {self.word()} stack", "Resources:"]
        while len(out) < lines:
            name = self.word().capitalize() + self.word().capitalize()
            choice = self.r.randint(0, 3)
            if choice == 0:
                out += [f"  {name}Table:", "    Type: AWS::DynamoDB::Table",
                        "    DeletionPolicy: " + ("Delete" if self.chance(0.1) else "Retain"), "    Properties:",
                        f"      TableName: !Sub '${{AWS::StackName}}-{self.word()}'",
                        "      BillingMode: PAY_PER_REQUEST", "      AttributeDefinitions:",
                        "        - AttributeName: id", "          AttributeType: S", "      KeySchema:",
                        "        - AttributeName: id", "          KeyType: HASH"]
            elif choice == 1:
                action = '"*"' if self.chance(0.05) else f'"s3:GetObject"'
                out += [f"  {name}Role:", "    Type: AWS::IAM::Role", "    Properties:",
                        "      AssumeRolePolicyDocument:", '        Version: "2012-10-17"', "        Statement:",
                        "          - Effect: Allow", "            Principal:", "              Service: lambda.amazonaws.com",
                        "            Action: sts:AssumeRole", "      Policies:", f"        - PolicyName: {self.word()}",
                        "          PolicyDocument:", '            Version: "2012-10-17"', "            Statement:",
                        "              - Effect: Allow", f"                Action: {action}",
                        f"                Resource: !Sub 'arn:aws:s3:::{self.word()}/*'"]
            elif choice == 2:
                out += [f"  {name}Queue:", "    Type: AWS::SQS::Queue", "    Properties:",
                        f"      QueueName: {self.word()}-{self.word()}", f"      VisibilityTimeout: {self.r.randint(30, 900)}"]
            else:
                out += [f"  {name}Host:", "    Type: AWS::EC2::Instance", "    Properties:",
                        "      InstanceType: t3.micro", "      UserData:", "        Fn::Base64: !Sub |",
                        "          #!/bin/bash", "          set -euo pipefail", f"          mkdir -p /srv/{self.word()}",
                        f'          rm -rf "${{!WORK_DIR:?}}/"*', f"          systemctl restart {self.word()}"]
        return "\n".join(out) + "\n"

    def policy(self, lines):
        statements = []
        while len(statements) * 8 < lines:
            action = '"*"' if self.chance(0.05) else '["s3:GetObject", "s3:PutObject"]'
            statements.append([
                "    {",
                f'      "Sid": "{self.word().capitalize()}{len(statements)}",',
                '      "Effect": "Allow",',
                f'      "Action": {action},',
                f'      "Resource": "arn:aws:s3:::{self.word()}-{self.word()}/*",',
                '      "Condition": {"Bool": {"aws:SecureTransport": "true"}}',
                "    }",
            ])
        out = ["{", '  "Version": "2012-10-17",', '  "Statement": [']
        for i, st in enumerate(statements):
            if i < len(statements) - 1:
                st[-1] += ","
            out += st
        out += ["  ]", "}"]
        return "\n".join(out) + "\n"

    def json(self, lines):
        # Built by hand (not json.dumps of a dict) so the line count is easy to steer.
        out = ["{", f'  "name": "{self.word()}-{self.word()}",', '  "version": "1.0.0",', '  "settings": {']
        entries = []
        while len(out) + len(entries) * 6 < lines:
            entries.append([
                f'    "{self.ident()}": {{',
                f'      "enabled": {self.r.choice(["true", "false"])},',
                f'      "timeout": {self.r.randint(1, 600)},',
                f'      "tags": ["{self.word()}", "{self.word()}"],',
                f'      "owner": "{self.word()}"',
                "    }",
            ])
        for i, e in enumerate(entries):
            if i < len(entries) - 1:
                e[-1] += ","
            out += e
        out += ["  }", "}"]
        return "\n".join(out) + "\n"

    # -- Python ----------------------------------------------------------------
    def python(self, lines):
        out = ['"""' + f"{self.word()} {self.word()} helpers." + '"""', "", "import json", "import os",
               "import subprocess", ""]
        while len(out) < lines:
            if self.chance(0.3):
                cls = self.word().capitalize() + self.word().capitalize()
                out += [f"class {cls}:", "    def __init__(self, name, retries=3):", "        self.name = name",
                        "        self.retries = retries", ""]
                for _ in range(self.r.randint(1, 4)):
                    out += [f"    def {self.ident()}(self, payload):",
                            "        for attempt in range(self.retries):",
                            "            if payload.get(self.name):",
                            "                return payload[self.name]",
                            '        raise KeyError(self.name)', ""]
            else:
                out += [f"def {self.ident()}(path, limit=100):",
                        f'    """Load the {self.word()} records."""',
                        "    with open(path) as f:",
                        "        data = json.load(f)",
                        "    items = [x for x in data if x.get('active')][:limit]",
                        f"    subprocess.run(['echo', '{self.word()}'], check=True)",
                        "    return items", "", ""]
        return "\n".join(out) + "\n"

    # -- SQL -------------------------------------------------------------------
    def sql(self, lines):
        out = ["-- migration", "BEGIN;", ""]
        while len(out) < lines:
            table = self.ident()
            kind = self.r.random()
            if kind < 0.4:
                out += [f"CREATE TABLE IF NOT EXISTS {table} (", "    id BIGSERIAL PRIMARY KEY,"]
                for _ in range(self.r.randint(2, 10)):
                    out.append(f"    {self.ident()} {self.r.choice(['TEXT', 'INTEGER', 'BOOLEAN', 'TIMESTAMPTZ'])},")
                out += ["    created_at TIMESTAMPTZ NOT NULL DEFAULT now()", ");"]
            elif kind < 0.65:
                out.append(f"ALTER TABLE {table} ADD COLUMN {self.ident()} TEXT;")
            elif kind < 0.85:
                out.append(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_{table} ON {table} ({self.word()});")
            elif kind < 0.95:
                out += [f"UPDATE {table}", f"   SET {self.word()} = 'x'", f" WHERE id < {self.r.randint(1, 10000)};"]
            else:
                out.append(f"DROP TABLE IF EXISTS {table}_old;")
            out.append("")
        out.append("COMMIT;")
        return "\n".join(out) + "\n"

    # -- Dockerfile ------------------------------------------------------------
    def dockerfile(self, lines):
        out = [f"FROM {self.r.choice(['debian:12-slim', 'python:3.12-slim', 'node:20-bookworm'])} AS build",
               "WORKDIR /app", ""]
        while len(out) < lines:
            step = self.r.random()
            if step < 0.4:
                pkgs = " ".join(self.word() for _ in range(self.r.randint(2, 6)))
                out += ["RUN apt-get update \\", f"    && apt-get install -y --no-install-recommends {pkgs} \\",
                        "    && rm -rf /var/lib/apt/lists/*"]
            elif step < 0.6:
                out.append(f"COPY {self.word()}/ /app/{self.word()}/")
            elif step < 0.8:
                out.append(f"ENV {self.ident().upper()}={self.word()}")
            else:
                out += [f"RUN make -C /app {self.word()} \\", f'    && echo "built {self.word()}"']
            out.append("")
        out += ['CMD ["/app/server"]']
        return "\n".join(out) + "\n"


def file_path(kind, index, rng):
    """Where a file of this kind lives, spread over a service-per-directory layout."""
    svc = f"{WORDS[index % len(WORDS)]}-{index // len(WORDS) % 40}"
    if kind == "terraform":
        return f"infra/{rng.choice(['modules', 'envs/prod', 'envs/staging', 'envs/dev'])}/{svc}/main_{index}.tf"
    if kind == "bash":
        return f"services/{svc}/scripts/task_{index}.sh"
    if kind == "kubernetes":
        return f"deploy/k8s/{svc}/manifest_{index}.yaml"
    if kind == "workflow":
        return f".github/workflows/ci_{index}.yml"
    if kind == "json":
        return f"services/{svc}/config/settings_{index}.json"
    if kind == "python":
        return f"services/{svc}/src/module_{index}.py"
    if kind == "sql":
        return f"migrations/{index:06d}_{WORDS[index % len(WORDS)]}.sql"
    if kind == "cloudformation":
        return f"infra/cloudformation/{svc}/stack_{index}.yaml"
    if kind == "policy":
        return f"infra/policies/{svc}/policy_{index}.json"
    if kind == "dockerfile":
        # Index suffix keeps paths unique; Dockerfile.* is recognised as a Dockerfile.
        return f"services/{svc}/Dockerfile.{index}"
    raise ValueError(kind)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="number of files (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", required=True, help="output directory (created if missing)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    gen = Gen(rng)
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    total_bytes = 0
    for index in range(args.files):
        kind = rng.choices(kinds, weights)[0]
        # Dockerfiles and workflows are short in practice; everything else spans 50-400 lines.
        hi = 200 if kind in ("dockerfile", "workflow") else 400
        lines = rng.randint(50, hi)
        # Real Dockerfiles never reach thousands of lines, so they are never made large.
        if rng.random() < LARGE_FILE_SHARE and kind != "dockerfile":
            lines = rng.randint(1500, 5000)
        text = getattr(gen, kind)(lines)
        path = os.path.join(args.out, file_path(kind, index, rng))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        total_bytes += len(text.encode("utf-8"))
    print(f"generated {args.files} files, {total_bytes} bytes in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
