#!/usr/bin/env python3
"""Runs every libFuzzer target of a BLASTRADIUS_FUZZ build for a short, fixed number of runs over a
seed corpus built from test/ (the rule samples, coverage inputs, SARIF logs, configurations).

    scripts/fuzz-smoke.py FUZZ_BUILD_DIR WORK_DIR [RUNS]

Exits non-zero when a target crashes (libFuzzer leaves the input as WORK_DIR/crash-*). Cheap by
design (RUNS defaults to 300): docs/fuzzing.md says how to fuzz for hours.
"""
import os
import pathlib
import shutil
import subprocess
import sys

SOURCE = pathlib.Path(__file__).resolve().parent.parent
# FuzzLanguages: the first byte picks the language, in this order (see fuzz/FuzzLanguages.cpp).
LANGUAGES = ["bash", "python", "sql", "terraform", "yaml", "json", "dockerfile", "cloudformation",
             "kubernetes", "github-actions", "cloudformation-json"]
MAX_SEED = 64 * 1024
# Every target of fuzz/CMakeLists.txt, in the order they run.
TARGETS = ["FuzzLanguages", "FuzzEmbedded", "FuzzSarif", "FuzzCoverage", "FuzzConfig", "FuzzPlan"]


def sample_language(path):
    folder = path.parent.parent.name
    name, suffix = path.name, path.suffix
    if "Dockerfile" in name:
        return "dockerfile"
    if suffix in (".yaml", ".yml"):
        return folder if folder in ("cloudformation", "kubernetes", "github-actions") else "yaml"
    if suffix == ".json":
        return "cloudformation-json" if folder == "cloudformation" else "json"
    return {".sh": "bash", ".bash": "bash", ".py": "python", ".sql": "sql", ".tf": "terraform"}.get(suffix)


def seeds(target, corpus):
    corpus.mkdir(parents=True, exist_ok=True)
    count = 0

    def add(data):
        nonlocal count
        if len(data) <= MAX_SEED:
            (corpus / ("seed-%05d" % count)).write_bytes(data)
            count += 1

    if target == "FuzzLanguages":
        # The annotated samples beside each rule (rules/<language>/<id>/), each with the byte of the
        # language it is written in (a Dockerfile sample of a bash rule is a Dockerfile).
        for path in sorted((SOURCE / "rules").glob("*/*/*")):
            if path.is_file() and path.name not in ("rule.yaml", "README.md") and path.suffix != ".scm":
                language = sample_language(path)
                if language:
                    add(bytes([LANGUAGES.index(language)]) + path.read_bytes())
    elif target == "FuzzEmbedded":
        # YAML hosts (first byte even): every YAML sample; Dockerfiles (odd).
        for language in ("github-actions", "kubernetes", "cloudformation", "yaml"):
            for path in sorted((SOURCE / "rules" / language).glob("**/*")):
                if path.is_file() and path.suffix in (".yaml", ".yml"):
                    add(b"\0" + path.read_bytes())
        for path in sorted((SOURCE / "rules").glob("**/*Dockerfile*")):
            if path.is_file():
                add(b"\1" + path.read_bytes())
        add(b'\1FROM alpine\nRUN ["sh", "-c", "rm -rf \\"$X/\\"*"]\nRUN <<EOF\nrm -rf /tmp/*\nEOF\n')
        add(b'\0run: "rm -rf \\"$X\\"/* \\u00e9 \\x41"\nfolded: >-\n  a\n\n  b\nlit: |2+\n   x\n')
    elif target == "FuzzPlan":
        # Terraform plans (first byte even), CloudFormation change sets (odd).
        for path in sorted((SOURCE / "test" / "impact" / "Inputs" / "plans").glob("*.json")):
            data = path.read_bytes()
            add((b"\1" if b'"Changes"' in data else b"\0") + data)
        add(b'\1{"Changes": [{"ResourceChange": {"Action": "Remove", "LogicalResourceId": "Database", '
            b'"ResourceType": "AWS::RDS::DBInstance", "Details": [{"Target": {"Name": "X"}}]}}]}')
    elif target == "FuzzCoverage":
        for path in sorted((SOURCE / "test" / "coverage").glob("**/*")):
            if path.is_file() and path.suffix in (".info", ".xml", ".json", ".lcov"):
                add(path.read_bytes())
        add(b"TN:\nSF:src/a.sh\nDA:1,1\nDA:2,0\nBRDA:2,0,0,1\nBRDA:2,0,1,-\nend_of_record\n")
        add(b'{"type": "llvm.coverage.json.export", "version": "2.0.1", "data": [{"files": [{"filename": '
            b'"/src/a.cpp", "segments": [[1, 1, 5, true, true, false], [3, 2, 0, true, false, false]], '
            b'"branches": [[2, 3, 2, 9, 1, 0, 0, 0, 4]]}]}]}')
        add(b'<?xml version="1.0"?>\n<coverage><sources><source>/src</source></sources><packages><package>'
            b'<classes><class filename="a.py"><lines><line number="1" hits="1" branch="true" '
            b'condition-coverage="50% (1/2)"/></lines></class></classes></package></packages></coverage>\n')
    elif target == "FuzzSarif":
        for path in sorted((SOURCE / "test").glob("**/*.sarif")):
            add(path.read_bytes())
        add(b'{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "blastradius"}}, "results": []}]}')
    elif target == "FuzzConfig":
        for path in sorted((SOURCE / "test").glob("**/.blastradius.yaml")):
            add(b"\0" + path.read_bytes())
        add(b"\0rules:\n  disable: [bash-terraform-destroy]\n")
        for path in sorted((SOURCE / "rules").glob("*/*/rule.yaml"))[:40]:
            add(b"\1" + path.read_bytes())
        # A rule file without an id (the fuzzer's find: the id's mark was read from a missing key).
        add(b"\1language: bash\nengine: semantic\nanalyzer: shell-commands\nfamily: destructive-operation\n")
    return count


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    build, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    shutil.rmtree(work, ignore_errors=True)
    failed = []
    for target in TARGETS:
        binary = build / "fuzz" / target
        if not binary.exists():
            sys.exit("no fuzz target %s: configure with -DBLASTRADIUS_FUZZ=ON (docs/fuzzing.md)" % binary)
        corpus = work / target
        count = seeds(target, corpus)
        env = dict(os.environ, TMPDIR=str(work), ASAN_OPTIONS="detect_leaks=0:abort_on_error=0")
        result = subprocess.run([str(binary), "-seed=1", "-runs=%d" % runs, "-max_len=65536", "-timeout=20",
                                 "-artifact_prefix=%s/%s-" % (work, target), str(corpus)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                errors="replace")
        print("%s: %d seeds, %d runs: %s" % (target, count, runs, "ok" if result.returncode == 0 else "FAILED"))
        if result.returncode != 0:
            print(result.stderr[-4000:])
            failed.append(target)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
