# Helper of json-schema.test: validates a JSON report against docs/json-report.schema.json.
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
if "--break" in sys.argv:
    del report["version"]
jsonschema.Draft202012Validator.check_schema(schema)
try:
    jsonschema.Draft202012Validator(schema).validate(report)
except jsonschema.ValidationError as error:
    print("invalid:", error.message)
    sys.exit(0)
print("version", report["version"])
print("valid")
covered = set()
if report.get("absent"):
    covered.add("absent")
for finding in report["findings"]:
    covered.update(k for k in ("suppression", "tier", "baselineState") if k in finding)
if report["skipped"]:
    covered.add("skipped")
print("covered:", " ".join(sorted(covered)))
