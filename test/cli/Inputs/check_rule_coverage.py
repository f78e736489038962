"""Fails unless every rule has its help text (a rule folder's README.md, or a check's docs/checks page)
and a test (an annotated sample, a check test, or for builtin rules any test that names them).

Every file is read once: the ids each file annotates or mentions are collected first, then looked up.
"""
import json
import os
import re
import sys

rules = json.load(open(sys.argv[1]))
root = sys.argv[2]


def text_files(top, skip_dirs=()):
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in skip_dirs]
        for name in files:
            path = os.path.join(folder, name)
            try:
                with open(path, errors="replace") as handle:
                    yield path, handle.read()
            except OSError:
                continue


# `ruleid: ID` annotations in the rule folders' samples (and comma-separated lists after them).
annotated = set()
for path, text in text_files(os.path.join(root, "rules")):
    for match in re.finditer(r"ruleid: ([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)", text):
        annotated.update(part.strip() for part in match.group(1).split(","))
# Builtin rules are the tool's own bookkeeping: any test that names them counts.
builtin_ids = {rule["id"] for rule in rules if rule["engine"] == "builtin"}
mentioned = set()
if builtin_ids:
    pattern = re.compile("|".join(re.escape(i) for i in sorted(builtin_ids, key=len, reverse=True)))
    for path, text in text_files(os.path.join(root, "test"), skip_dirs=("node_modules",)):
        if path.endswith("check_rule_coverage.py"):
            continue
        mentioned.update(pattern.findall(text))

problems = []
for rule in rules:
    rule_id = rule["id"]
    if rule["engine"] == "clang-tidy":
        doc = os.path.join(root, "docs", "checks", rule_id + ".md")
    else:
        doc = os.path.join(os.path.dirname(rule["file"]), "README.md")
        if os.path.basename(rule["file"]) != "rule.yaml":
            problems.append("%s: not a rule folder (rules/<language>/%s/rule.yaml)" % (rule_id, rule_id))
    if not os.path.isfile(doc):
        problems.append("%s: no doc page %s" % (rule_id, os.path.relpath(doc, root)))
    if rule["engine"] == "clang-tidy":
        tested = os.path.isfile(os.path.join(root, "test", "checks", rule_id + ".cpp"))
    elif rule["engine"] == "builtin":
        tested = rule_id in mentioned or rule_id in annotated
    else:
        tested = rule_id in annotated
    if not tested:
        problems.append("%s: no test" % rule_id)
# README.md's "What it checks today" counts the rules and checks and lists every id in its table.
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
checks = sum(1 for rule in rules if rule["engine"] == "clang-tidy")
count = re.search(r"^(\d+) rules and checks \((\d+) rules, (\d+) clang-tidy checks\)", readme, re.M)
expected = (len(rules), len(rules) - checks, checks)
if not count or tuple(int(n) for n in count.groups()) != expected:
    problems.append("README.md: 'What it checks today' must open with '%d rules and checks (%d rules, "
                    "%d clang-tidy checks)'" % expected)
# Every id in the first cell of a table row (a row may name several rules); the checks have a row of
# their own, `blastradius-*`, and pages in docs/checks/.
listed = set()
for cell in re.findall(r"^\| ([^|]*`[^|]*) \|", readme, re.M):
    listed.update(re.findall(r"`([a-z0-9-]+)`", cell))
for rule in rules:
    if rule["engine"] != "clang-tidy" and rule["id"] not in listed:
        problems.append("%s: no row in README.md's 'What it checks today' table" % rule["id"])
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
