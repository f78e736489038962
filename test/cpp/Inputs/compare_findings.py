"""Compares the C++ findings of `clang-tidy --load` with those of `blastradius scan -p`.

compare_findings.py ROOT TIDY_OUTPUT SCAN_OUTPUT

Both are compiler-style lines "path:line:col: level: message [name]". For clang-tidy, [name] is the
check; the embedded-code checks name the blastradius rule they report at the end of the message
"(blastradius rule ID)", and the scan reports that rule's id. Each side becomes a set of
(path relative to ROOT, line, column, rule, message); the sets must be equal. Prints the count.
"""
import os
import re
import sys

LINE = re.compile(r"^(.+?):(\d+):(\d+): (?:warning|error|note): (.*) \[([A-Za-z0-9_.,-]+)\]$")
EMBEDDED = re.compile(r" \(blastradius rule ([a-z0-9-]+)\)$")


def findings(path, root):
    found = set()
    for line in open(path, encoding="utf-8"):
        match = LINE.match(line.rstrip("\n"))
        if not match or match.group(5).startswith("clang-diagnostic"):
            continue
        file, row, column, message, name = match.groups()
        if os.path.isabs(file):
            file = os.path.relpath(file, root)
        embedded = EMBEDDED.search(message)
        rule = embedded.group(1) if embedded else name
        found.add((file, int(row), int(column), rule, message))
    return found


root, tidy, scan = sys.argv[1:4]
a, b = findings(tidy, root), findings(scan, root)
for item in sorted(a - b):
    print("only in clang-tidy:", item)
for item in sorted(b - a):
    print("only in blastradius scan:", item)
print("clang-tidy %d, scan %d, same: %s" % (len(a), len(b), a == b))
sys.exit(0 if a == b and a else 1)
