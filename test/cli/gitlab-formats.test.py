# Helper of gitlab-formats.test: validates GitLab Code Quality and SAST reports.
import json
import os
import re
import sys

import jsonschema

schemas, cq_path, sast_path = sys.argv[1:4]
broken = "--break" in sys.argv
cq = json.load(open(cq_path))
sast = json.load(open(sast_path))
if broken:
    del cq[0]["severity"]
    del sast["vulnerabilities"][0]["identifiers"]

issue_schema = json.load(open(os.path.join(schemas, "codeclimate.json")))
# GitLab's documentation also requires check_name and location.lines.begin, with these severities.
documented = {"type": "object", "required": ["description", "check_name", "fingerprint", "severity", "location"],
              "properties": {"severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
                             "location": {"required": ["path", "lines"],
                                          "properties": {"lines": {"required": ["begin"]}}}}}
try:
    if not isinstance(cq, list):
        raise jsonschema.ValidationError("the report is not an array")
    for issue in cq:
        jsonschema.Draft7Validator(issue_schema).validate(issue)
        jsonschema.Draft7Validator(documented).validate(issue)
    print("code quality: valid, %d issues" % len(cq))
    for issue in sorted(cq, key=lambda i: i["location"]["path"]):
        print(issue["location"]["path"], issue["location"]["lines"]["begin"], issue["severity"], issue["check_name"])
except jsonschema.ValidationError as error:
    print("code quality: invalid:", error.message)

sast_schema = json.load(open(os.path.join(schemas, "sast-report-format.json")))
try:
    jsonschema.Draft7Validator(sast_schema).validate(sast)
    vulns = sast["vulnerabilities"]
    print("sast: valid, %d vulnerabilities, %s" % (len(vulns), sast["scan"]["start_time"]))
    first = sorted(vulns, key=lambda v: v["location"]["file"])[0]
    print(first["location"]["file"], first["location"]["start_line"], first["severity"],
          first["identifiers"][0]["value"], " ".join(i["name"] for i in first["identifiers"][1:]))
    ids = [v["id"] for v in vulns]
    print("ids unique and UUID-shaped:", len(set(ids)) == len(ids) and
          all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", i) for i in ids))
except jsonschema.ValidationError as error:
    print("sast: invalid:", error.message)
