#!/usr/bin/env bash
# How long `blastradius lsp` takes to re-analyse a 2,000-line Terraform file after an edit: the time
# from sending didChange to receiving its publishDiagnostics (debounce 0), over R edits, as the
# editor sees it (JSON-RPC, the engine, the policy and the diagnostics' JSON included). Prints the
# median and the worst. Target: under 50 ms on the project's 2-core machine.
#
# Usage: bench/lsp-benchmark.sh [--lines N] [--repeat R]   Environment: BLASTRADIUS overrides the binary.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
BIN="${BLASTRADIUS:-$ROOT/build/tools/blastradius}"
LINES=2000
REPEAT=30
while (($#)); do
  case "$1" in
    --lines) LINES="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    *) echo "lsp-benchmark.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d "${TMPDIR:-/tmp}/blastradius-lsp-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
python3 - "$BIN" "$WORK" "$LINES" "$REPEAT" "$ROOT/test/utils" <<'PY'
import os, statistics, sys, time
bin_, work, lines, repeat, utils = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
sys.path.insert(0, utils)
from lsp_client import LspClient

# A realistic module: buckets, databases, IAM policies, variables; every tenth resource is risky.
blocks, i = [], 0
while sum(b.count("\n") for b in blocks) < lines:
    risky = i % 10 == 0
    blocks.append('resource "aws_s3_bucket" "b%d" {\n  bucket        = "bucket-%d"\n  force_destroy = %s\n'
                  '  tags = {\n    team = "platform"\n    index = "%d"\n  }\n}\n\n' % (i, i, "true" if risky else "false", i))
    blocks.append('resource "aws_db_instance" "db%d" {\n  engine                  = "postgres"\n'
                  '  backup_retention_period = %d\n  deletion_protection     = %s\n  skip_final_snapshot     = false\n}\n\n'
                  % (i, 0 if risky else 7, "false" if risky else "true"))
    blocks.append('variable "v%d" {\n  type    = string\n  default = "x"\n}\n\n' % i)
    i += 1
text = "".join(blocks)
path = os.path.join(work, "main.tf")
open(path, "w").write(text)
client = LspClient([bin_, "lsp", "--debounce-ms", "0"], cwd=work)
client.initialize(work)
uri = client.open(path, "terraform", text)
count = len(client.diagnostics(uri))
def cpu_ms(pid):
    # utime + stime of the server (ticks): what the analysis costs, whatever else the machine runs.
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")

times = []
cpu_before = cpu_ms(client.proc.pid)
for version in range(2, repeat + 2):
    edited = text + "# edit %d\n" % version
    start = time.perf_counter()
    client.change(uri, edited, version)
    client.diagnostics(uri, version=version)
    times.append((time.perf_counter() - start) * 1000)
cpu = (cpu_ms(client.proc.pid) - cpu_before) / repeat
client.shutdown()
print("%d lines, %d findings, %d edits: wall median %.1f ms, worst %.1f ms (didChange -> publishDiagnostics); "
      "server CPU %.1f ms per edit; load average %s"
      % (text.count("\n"), count, repeat, statistics.median(times), max(times), cpu,
         open("/proc/loadavg").read().split()[0]))
PY
