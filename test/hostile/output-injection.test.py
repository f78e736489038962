# Helper of output-injection.test: for each finding and skipped file of a JSON report, the name
# (rawPath decoded to bytes when present, else path) and whether that file exists in the repository.
import json
import os
import sys
import urllib.parse

report = json.load(open(sys.argv[1], encoding="utf-8"))
root = os.fsencode(sys.argv[2])


def show(entry, kind):
    raw = entry.get("rawPath")
    name = urllib.parse.unquote_to_bytes(raw) if raw else entry["path"].encode("utf-8")
    # The readable path: U+FFFD where the bytes were invalid; shown by the bytes it stands for.
    shown = os.fsdecode(name).encode("unicode_escape").decode("ascii").replace("\\\\", "\\")
    exists = os.path.exists(os.path.join(root, name))
    print(kind, shown, "raw", raw or "-", "exists" if exists else "MISSING")


for finding in sorted(report["findings"], key=lambda f: f["path"]):
    show(finding, "finding")
for skipped in report["skipped"]:
    show(skipped, "skipped")
