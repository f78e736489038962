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


def seeds(target, corpus):
    corpus.mkdir(parents=True, exist_ok=True)
    count = 0

    def add(data):
        nonlocal count
        if len(data) <= MAX_SEED:
            (corpus / ("seed-%05d" % count)).write_bytes(data)
            count += 1

    if target == "FuzzLanguages":
        for index, language in enumerate(LANGUAGES):
            # The annotated samples beside each rule (rules/<language>/<id>/), and test/rules if any.
            for root in (SOURCE / "rules" / language, SOURCE / "test" / "rules" / language):
                for path in sorted(root.glob("**/*")):
                    if path.is_file() and path.name not in ("rule.yaml", "README.md") and path.suffix != ".scm":
                        add(bytes([index]) + path.read_bytes())
    elif target == "FuzzCoverage":
        for path in sorted((SOURCE / "test" / "coverage").glob("**/*")):
            if path.is_file() and path.suffix in (".info", ".xml", ".json", ".lcov"):
                add(path.read_bytes())
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
    return count


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    build, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    shutil.rmtree(work, ignore_errors=True)
    failed = []
    for target in ["FuzzLanguages", "FuzzSarif", "FuzzCoverage", "FuzzConfig"]:
        binary = build / "fuzz" / target
        if not binary.exists():
            sys.exit("no fuzz target %s: configure with -DBLASTRADIUS_FUZZ=ON (docs/fuzzing.md)" % binary)
        corpus = work / target
        count = seeds(target, corpus)
        env = dict(os.environ, TMPDIR=str(work), ASAN_OPTIONS="detect_leaks=0:abort_on_error=0")
        result = subprocess.run([str(binary), "-runs=%d" % runs, "-max_len=65536", "-timeout=20",
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
