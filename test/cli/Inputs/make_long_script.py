"""Writes a long bash script for the shell dataflow's scaling test: N blocks of 10 lines, each with
exactly one recursive delete that may hit / (an unguarded "$dir_N/cache") and several guarded near
misses (an if -n guard, mktemp -d, ${X:?} in a function that is called, a find on a mktemp root).
A variable reassigned in every block and one function called from every block exercise the
per-variable event lists and call-site joins. Usage: make_long_script.py OUT BLOCKS"""
import sys

out, blocks = sys.argv[1], int(sys.argv[2])
lines = ["#!/bin/bash", "clean_shared() { rm -rf \"${SHARED:?}/\"*; }"]
for i in range(blocks):
    lines += [
        f"dir_{i}=$(compute_dir {i})",
        f"if [ -n \"$dir_{i}\" ]; then rm -rf \"$dir_{i}/\"*; fi",
        f"rm -rf \"$dir_{i}/cache\"",
        f"tmp_{i}=$(mktemp -d)",
        f"rm -rf \"$tmp_{i}/\"*",
        f"SHARED=/srv/shared/{i}",
        f"rm -rf \"$SHARED/\"*",
        f"cleanup_{i}() {{ rm -rf \"${{dir_{i}:?}}/\"*; }}",
        f"cleanup_{i}; clean_shared",
        f"find \"$tmp_{i}/\" -mindepth 1 -delete",
    ]
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
