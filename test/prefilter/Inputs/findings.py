"""Prints a JSON report's findings, one a line: "path:line ruleId" then the whole finding as sorted
JSON, in report order (which is canonical). What the prefilter must not change. Notifications are
left out: a file the prefilter skips is not parsed, so its syntax errors are not reported."""
import json
import sys

for Finding in json.load(open(sys.argv[1]))["findings"]:
    print("%s:%s %s %s" % (Finding["path"], Finding["line"], Finding["ruleId"], json.dumps(Finding, sort_keys=True)))
