"""Prints a SARIF log's executionSuccessful and its notifications (level, file, id: text), for FileCheck."""
import json
import sys

invocation = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
print("executionSuccessful", invocation["executionSuccessful"])
for note in invocation["toolExecutionNotifications"]:
    uri = note.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "")
    print(note["level"], uri, "%s: %s" % (note.get("descriptor", {}).get("id", ""), note["message"]["text"]))
