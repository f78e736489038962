"""Counts the `ok:` (must-not-fire) cases of the rule samples per family and fails when an
infrastructure family has fewer than the minimum: precision is shown by near-misses that stay
silent, and every family must carry its share of them."""
import glob
import json
import os
import re
import sys

rules = {rule["id"]: rule for rule in json.load(open(sys.argv[1]))}
root = sys.argv[2]
minimum = int(sys.argv[3])
families = sys.argv[4:]

annotation = re.compile(r"^\s*(?:#|//|--)\s*ok\s*:\s*([a-z0-9, -]+?)\s*$")
counts = {family: 0 for family in families}
for path in glob.glob(os.path.join(root, "rules", "**", "*"), recursive=True):
    if not os.path.isfile(path):
        continue
    for line in open(path, errors="replace"):
        match = annotation.match(line)
        if not match:
            continue
        for rule_id in (part.strip() for part in match.group(1).split(",")):
            family = rules.get(rule_id, {}).get("family")
            if family in counts:
                counts[family] += 1

failed = False
for family in families:
    status = "ok" if counts[family] >= minimum else "TOO FEW"
    failed = failed or counts[family] < minimum
    print("%s: %d near-miss negatives (%s)" % (family, counts[family], status))
sys.exit(1 if failed else 0)
