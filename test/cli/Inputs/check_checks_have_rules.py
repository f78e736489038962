"""Reads `clang-tidy --list-checks` on stdin; fails for a blastradius check without rule metadata."""
import json
import sys

rules = {rule["id"] for rule in json.load(open(sys.argv[1])) if rule["engine"] == "clang-tidy"}
checks = {line.strip() for line in sys.stdin if line.strip().startswith("blastradius-")}
if not checks:
    sys.exit("no blastradius checks listed: the plugin did not load")
missing = sorted(checks - rules)
extra = sorted(rules - checks)
for check in missing:
    print("check %s has no rules/cpp/%s/rule.yaml" % (check, check))
for rule in extra:
    print("rule %s names no registered check" % rule)
sys.exit(1 if missing or extra else 0)
