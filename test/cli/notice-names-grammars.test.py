# Helper of notice-names-grammars.test.
import json
import os
import re
import sys

root = sys.argv[1]
grammars = os.path.join(root, "tree-sitter-grammars")
direct = json.load(open(os.path.join(grammars, "package.json")))["dependencies"]
lock = json.load(open(os.path.join(grammars, "package-lock.json")))["packages"]
notice = open(os.path.join(root, "NOTICE"), encoding="utf-8").read()
missing = []
for name in sorted(direct):
    pinned = lock["node_modules/" + name]
    if "%s %s  (%s)" % (name, pinned["version"], pinned["license"]) not in notice:
        missing.append(name)
print("%d compiled-in packages, missing from NOTICE: %s" % (len(direct), missing))
licence = open(os.path.join(root, "LICENSE"), encoding="utf-8").read()
print("LICENSE:", " ".join(re.findall(r"Apache License|Version 2\.0", licence)[:2]))
