# Helper of rule-descriptions.test: checks every rule descriptor of a SARIF log.
import json
import sys

rules = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]
texts = lambda r: [r["shortDescription"]["text"], r["fullDescription"]["text"]]
print("rules checked:", len(rules))
print("placeholder:", [r["id"] for r in rules if any("{" + "detail}" in t for t in texts(r))])
print("not a sentence:", [r["id"] for r in rules
                          if any(not (t[0].isupper() or t[0] in '`\'"0123456789') or t[-1] not in ".?!" or len(t) > 1000 for t in texts(r))])
print("full shorter than 20:", [r["id"] for r in rules if len(r["fullDescription"]["text"]) < 20])
print("markdown not a page:", [r["id"] for r in rules if not r["help"]["markdown"].startswith("# ")])
# Without a configured base (the default) no rule has a helpUri; with one, every rule's is below
# it: a check's page below the docs base, a rule folder's README below the rules base.
bases = [b for b in sys.argv[2:4] if b != "none"]
print("helpUri not under the configured base:",
      [r["id"] for r in rules if ("helpUri" in r) != bool(bases)
       or (bases and not any(r["helpUri"].startswith(b) for b in bases))])
print("example:", next(r["shortDescription"]["text"] for r in rules if r["id"] == "sql-drop-table"))
