#!/usr/bin/env python3
"""Print a SARIF log's results and tool execution notifications as sorted one-line records, for
FileCheck: output order and JSON layout stop mattering, and a fingerprint can be captured from one
log and compared with another's.

usage: sarif_summary.py [--unique] FILE.sarif [FILE.sarif ...]

--unique: exit 1 when two results of one log share a partial fingerprint (code scanning would merge
them into one alert).

  result FILE RULE_ID[RULE_INDEX] LEVEL URI:LINE:COL lineHash=H blastradius/v1=F [suppressed=KIND:"why"]
  notification FILE DESCRIPTOR LEVEL URI[:LINE] "message"
"""
import json
import os
import sys


def location(physical):
    """'uri:line:column' and a key that sorts lines as numbers."""
    artifact = physical.get("artifactLocation") or {}
    text = artifact.get("uri", "?")
    region = physical.get("region") or {}
    key = (text, region.get("startLine", 0), region.get("startColumn", 0))
    if "startLine" in region:
        text += ":%s" % region["startLine"]
        if "startColumn" in region:
            text += ":%s" % region["startColumn"]
    return text, key


def summarise(path):
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    name = os.path.basename(path)
    lines = []
    for run in log.get("runs", []):
        for result in run.get("results", []):
            physical = (result.get("locations") or [{}])[0].get("physicalLocation") or {}
            prints = result.get("partialFingerprints") or {}
            where, key = location(physical)
            line = "result %s %s[%s] %s %s lineHash=%s blastradius/v1=%s" % (
                name, result.get("ruleId"), result.get("ruleIndex"), result.get("level", "warning"),
                where, prints.get("primaryLocationLineHash"), prints.get("blastradius/v1"))
            for suppression in result.get("suppressions") or []:
                line += " suppressed=%s:%s" % (suppression.get("kind"), json.dumps(suppression.get("justification")))
            lines.append(((1, result.get("ruleId") or "") + key, line))
        for invocation in run.get("invocations", []):
            for note in invocation.get("toolExecutionNotifications") or []:
                physical = (note.get("locations") or [{}])[0].get("physicalLocation") or {}
                where, key = location(physical)
                descriptor = (note.get("descriptor") or {}).get("id") or ""
                lines.append(((0, descriptor) + key, "notification %s %s %s %s %s" % (
                    name, descriptor, note.get("level", "warning"), where,
                    json.dumps((note.get("message") or {}).get("text")))))
    # Notifications by kind, then results by rule and position (lines compared as numbers).
    return [line for _, line in sorted(lines)]


def duplicate_fingerprints(path):
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    problems = []
    for run in log.get("runs", []):
        seen = {}
        for index, result in enumerate(run.get("results", [])):
            for key, value in sorted((result.get("partialFingerprints") or {}).items()):
                if (key, value) in seen:
                    problems.append("%s: results[%d] and results[%d] share %s=%s"
                                    % (path, seen[(key, value)], index, key, value))
                seen.setdefault((key, value), index)
    return problems


def main(argv):
    unique = "--unique" in argv
    paths = [a for a in argv if a != "--unique"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        for line in summarise(path):
            print(line)
        if unique:
            for problem in duplicate_fingerprints(path):
                print("duplicate fingerprint: %s" % problem)
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
