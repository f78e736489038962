"""Prints a blastradius JSON report as sorted one-line facts, for FileCheck."""
import json
import sys

report = json.load(open(sys.argv[1]))
for finding in report["findings"]:
    print("finding %s:%d %s" % (finding["path"], finding["line"], finding["ruleId"]))
for skipped in report["skipped"]:
    print("skipped %s %s" % (skipped["path"], skipped["kind"]))
for note in report["notifications"]:
    print("note %s:%s %s" % (note["path"], note.get("line", 0), note["kind"]))
summary = report["summary"]
print("analysed %d skipped %d" % (summary["filesAnalysed"], summary["filesSkipped"]))
