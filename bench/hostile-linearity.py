#!/usr/bin/env python3
"""Hostile shapes at growing sizes: each scan's time must grow linearly (or n log n) with the size.

    bench/hostile-linearity.py BLASTRADIUS [--sizes 10000,20000,40000,100000] [--shape NAME ...]

The C++ shapes (cpp-*) scan through a generated compile_commands.json, so they time clang-tidy with
the blastradius checks; give them smaller sizes (--sizes 1000,2000,4000) to keep the run short.

For every shape and size it writes one file into a fresh directory, runs `blastradius scan` on it
once, and prints the wall time, the time per 1,000 repetitions and the ratio to the smallest size's
per-repetition time (about 1 for linear work; a quadratic shape doubles it with every doubling).
It also checks that the scan exited with a status below 128 (no crash). Python 3 standard library only.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def python_parens(n):
    return {"deep.py": "x = " + "(" * n + "1" + ")" * n + "\n"}


def shell_functions(n):
    return {"deep.sh": "#!/bin/bash\n" + "".join("f%d() {\n" % i for i in range(n)) + "rm -rf \"$X/\"*\n" + "}\n" * n}


def shell_default_expansion(n):
    return {"deep.sh": "#!/bin/bash\necho " + "${X:-" * n + "x" + "}" * n + "\n"}


def shell_if_nesting(n):
    return {"deep.sh": "#!/bin/bash\n" + "if true; then\n" * n + "rm -rf \"$X/\"*\n" + "fi\n" * n}


def shell_many_commands(n):
    return {"long.sh": "#!/bin/bash\nset -e\n" + "".join('cp "$SRC/%d" "$DST/%d"\n' % (i, i) for i in range(n))}


def python_many_calls(n):
    return {"long.py": "import shutil\n" + "".join("shutil.copy(a%d, b%d)\n" % (i, i) for i in range(n))}


def yaml_nodes(n):
    return {"template.yaml": 'AWSTemplateFormatVersion: "2010-09-09"\nMetadata:\n  Filler: [' + ", ".join(["1"] * n)
            + "]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Delete\n"}


def terraform_resources(n):
    return {"main.tf": "".join('resource "aws_s3_bucket" "b%d" {\n  bucket = "b%d"\n  force_destroy = true\n}\n' % (i, i)
                               for i in range(n))}


def cobertura_classes(n):
    classes = "".join('<class filename="gen/f%d.py"><lines><line number="1" hits="1"/></lines></class>\n' % i
                      for i in range(n))
    return {"tool.py": "import shutil\n\ndef purge(p):\n    shutil.rmtree(p)\n",
            "../coverage.xml": '<?xml version="1.0"?>\n<coverage><packages><package><classes>\n' + classes
            + "</classes></package></packages></coverage>\n"}


def cpp_many_remove_all(n):
    # One function that deletes n paths it built itself: the delete-then-recreate and unvalidated-delete
    # checks look at every call (20k was over 300 s before checks/utils/FunctionIndex).
    body = "".join("  std::filesystem::remove_all(root / \"d%d\");\n" % i for i in range(n))
    return {"many.cpp": "#include <filesystem>\nvoid purge(const std::filesystem::path &root) {\n" + body + "}\n"}


def cpp_many_branches(n):
    # n branches, each deleting under its own condition: the branch map and guard lookups per branch.
    body = "".join("  if (k == %d) std::filesystem::remove_all(root / \"d%d\");\n" % (i, i) for i in range(n))
    return {"branches.cpp": "#include <filesystem>\nvoid purge(const std::filesystem::path &root, int k) {\n" + body
            + "}\n"}


SHAPES = {
    "cpp-many-remove-all": cpp_many_remove_all,
    "cpp-many-branches": cpp_many_branches,
    "python-nested-parens": python_parens,
    "shell-nested-functions": shell_functions,
    "shell-nested-default-expansion": shell_default_expansion,
    "shell-nested-if": shell_if_nesting,
    "shell-many-commands": shell_many_commands,
    "python-many-calls": python_many_calls,
    "yaml-many-nodes": yaml_nodes,
    "terraform-many-resources": terraform_resources,
    "cobertura-many-classes": cobertura_classes,
}


TIMEOUT = 60  # seconds per scan: a shape past it is reported as "timeout" (super-linear)


def run(blastradius, shape, n):
    work = tempfile.mkdtemp(prefix="blastradius-linearity-")
    try:
        repo = os.path.join(work, "repo")
        os.makedirs(repo)
        files = SHAPES[shape](n)
        for name, text in files.items():
            with open(os.path.join(repo, name), "w") as out:
                out.write(text)
        command = [blastradius, "scan", "--no-config", "--fail-on", "none", "--jobs", "1", "--format", "json",
                   "-o", os.path.join(work, "out.json"), repo]
        cpp = [name for name in files if name.endswith(".cpp")]
        if cpp:
            import json
            with open(os.path.join(repo, "compile_commands.json"), "w") as out:
                json.dump([{"directory": repo, "file": os.path.join(repo, name),
                            "arguments": ["clang++", "-std=c++17", "-c", name]} for name in cpp], out)
            command += ["-p", repo]
        if "../coverage.xml" in files:
            command += ["--coverage", os.path.join(work, "coverage.xml")]
        start = time.monotonic()
        try:
            result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return time.monotonic() - start, "timeout"
        return time.monotonic() - start, result.returncode
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("blastradius")
    parser.add_argument("--sizes", default="10000,20000,40000,100000")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    failed = False
    print("%-32s %8s %9s %12s %7s %s" % ("shape", "n", "seconds", "ms/1k reps", "ratio", "exit"))
    for shape in args.shape or sorted(SHAPES):
        base = None
        for n in sizes:
            seconds, code = run(args.blastradius, shape, n)
            per = seconds / n * 1000 * 1000  # ms per 1,000 repetitions
            base = base or per
            print("%-32s %8d %9.2f %12.3f %7.2f %s" % (shape, n, seconds, per, per / base, code), flush=True)
            failed = failed or code == "timeout" or code >= 128 or code < 0
            if code == "timeout":
                break
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
