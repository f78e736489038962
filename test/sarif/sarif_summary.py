#!/usr/bin/env python3
"""Print a SARIF log's results and tool execution notifications as sorted one-line records, for
FileCheck: output order and JSON layout stop mattering, and a fingerprint can be captured from one
log and compared with another's.

usage: sarif_summary.py FILE.sarif [FILE.sarif ...]

  result FILE RULE_ID[RULE_INDEX] LEVEL URI:LINE:COL lineHash=H blastradius/v1=F [suppressed=KIND:"why"]
  notification FILE DESCRIPTOR LEVEL URI[:LINE] "message"
"""
import json
import os
import sys


def location(physical):
    artifact = physical.get("artifactLocation") or {}
    text = artifact.get("uri", "?")
    region = physical.get("region") or {}
    if "startLine" in region:
        text += ":%s" % region["startLine"]
        if "startColumn" in region:
            text += ":%s" % region["startColumn"]
    return text


def summarise(path):
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    name = os.path.basename(path)
    lines = []
    for run in log.get("runs", []):
        for result in run.get("results", []):
            physical = (result.get("locations") or [{}])[0].get("physicalLocation") or {}
            prints = result.get("partialFingerprints") or {}
            line = "result %s %s[%s] %s %s lineHash=%s blastradius/v1=%s" % (
                name, result.get("ruleId"), result.get("ruleIndex"), result.get("level", "warning"),
                location(physical), prints.get("primaryLocationLineHash"), prints.get("blastradius/v1"))
            for suppression in result.get("suppressions") or []:
                line += " suppressed=%s:%s" % (suppression.get("kind"), json.dumps(suppression.get("justification")))
            lines.append(line)
        for invocation in run.get("invocations", []):
            for note in invocation.get("toolExecutionNotifications") or []:
                physical = (note.get("locations") or [{}])[0].get("physicalLocation") or {}
                lines.append("notification %s %s %s %s %s" % (
                    name, (note.get("descriptor") or {}).get("id"), note.get("level", "warning"),
                    location(physical), json.dumps((note.get("message") or {}).get("text"))))
    return sorted(lines)


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for path in argv:
        for line in summarise(path):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
