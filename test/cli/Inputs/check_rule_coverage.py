"""Fails unless every rule has a doc page under docs/ and a test (a rule sample or a check test)."""
import glob
import json
import os
import sys

rules = json.load(open(sys.argv[1]))
root = sys.argv[2]
problems = []
for rule in rules:
    rule_id = rule["id"]
    kind = "checks" if rule["engine"] == "clang-tidy" else "rules"
    doc = os.path.join(root, "docs", kind, rule_id + ".md")
    if not os.path.isfile(doc):
        problems.append("%s: no doc page %s" % (rule_id, os.path.relpath(doc, root)))
    if rule["engine"] == "clang-tidy":
        tests = glob.glob(os.path.join(root, "test", "checks", rule_id + ".cpp"))
    elif rule["engine"] == "builtin":
        tests = [path for path in glob.glob(os.path.join(root, "test", "**", "*"), recursive=True)
                 if os.path.isfile(path) and rule_id in open(path, errors="replace").read()
                 and not path.endswith("check_rule_coverage.py")]
    else:
        tests = [path for path in glob.glob(os.path.join(root, "test", "rules", "**", "*"), recursive=True)
                 if os.path.isfile(path) and ("ruleid: " + rule_id) in open(path, errors="replace").read()]
    if not tests:
        problems.append("%s: no test" % rule_id)
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
