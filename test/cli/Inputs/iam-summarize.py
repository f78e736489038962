"""Prints each finding of a blastradius JSON report as path:line:column level rule: message."""
import json
import sys

report = json.load(open(sys.argv[1]))
for f in sorted(report["findings"], key=lambda f: (f["path"], f["line"], f["column"], f["ruleId"])):
    print("%s:%d:%d %s %s: %s" % (f["path"], f["line"], f["column"], f["level"], f["ruleId"], f["message"]))
