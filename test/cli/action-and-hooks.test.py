# Helper of action-and-hooks.test.
import os
import re
import sys

import yaml

root = sys.argv[1]
action = yaml.safe_load(open(os.path.join(root, "action.yml")))
print("inputs:", sorted(action["inputs"]))
steps = action["runs"]["steps"]
download = next(s for s in steps if "Download" in s.get("name", ""))
print("download verifies sha256:", "sha256sum --check" in download["run"] and "$SHA256" in download["run"])
scan = next(s for s in steps if s.get("id") == "scan")
print("scan:", " ".join(f for f in ("--format github", "--sarif-output") if f in scan["run"]))
print("uses:", [s["uses"] for s in steps if "uses" in s])
texts = {}
for path in ["action.yml", "README.md", ".pre-commit-hooks.yaml"] + [
        os.path.join("examples", d, f) for d in os.listdir(os.path.join(root, "examples"))
        if os.path.isdir(os.path.join(root, "examples", d)) for f in os.listdir(os.path.join(root, "examples", d))
        if f.endswith((".yml", ".yaml"))]:
    texts[path] = open(os.path.join(root, path), encoding="utf-8").read()
moving = [(p, m) for p, t in texts.items() for m in re.findall(r"uses:\s*(\S+@(?:main|master|HEAD))\b", t)]
print("moving refs:", moving)
print("deprecated upload-sarif:", [p for p, t in texts.items() if "upload-sarif@v3" in t or "upload-sarif@v2" in t])
hooks = yaml.safe_load(open(os.path.join(root, ".pre-commit-hooks.yaml")))
print("hooks:", [(h["id"], h["language"]) for h in hooks])
