"""Drives `blastradius lsp` over a Terraform file whose uncommitted rename has no moved block: the
finding carries its fix, offered as an "apply fix" code action. Prints one line per diagnostic and
action, for FileCheck. Usage: drive_fix.py BLASTRADIUS REPO FILE [FILE...] (files relative to REPO)"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "utils"))
from lsp_client import LspClient, short  # noqa: E402

blastradius, root, names = sys.argv[1], sys.argv[2], sys.argv[3:]
client = LspClient([blastradius, "lsp", "--debounce-ms", "50"], cwd=root,
                   stderr_path=os.path.join(root, "..", "lsp-fix-stderr.txt"))
client.initialize(root)


def actions_of(uri, diagnostic):
    return client.call("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": diagnostic["range"],
                                                   "context": {"diagnostics": [diagnostic]}})["result"]


def show(title, uri, diagnostics):
    print("%s: %d" % (title, len(diagnostics)))
    for d in diagnostics:
        print("  " + short(d))
        for a in actions_of(uri, d):
            edit = a["edit"]["changes"][uri][0]
            print("    action: %s | kind %s | diagnostic %s | %d:%d-%d:%d %s" % (
                a["title"], a["kind"], a["diagnostics"][0]["code"], edit["range"]["start"]["line"],
                edit["range"]["start"]["character"], edit["range"]["end"]["line"],
                edit["range"]["end"]["character"], json.dumps(edit["newText"])))


version = 1
for name in names:
    path = os.path.join(root, name)
    uri = client.open(path, "terraform")
    diags = client.diagnostics(uri)
    show(name, uri, diags)
    fixes = [a for d in diags for a in actions_of(uri, d) if "command" not in a]
    if not fixes:
        continue
    # Apply the fix as the editor would (unsaved): the buffer differs from the disk, so no
    # comparison with HEAD runs and the finding is gone until the file is saved.
    edit = fixes[0]["edit"]["changes"][uri][0]
    lines = open(path).read().split("\n")
    at, col = edit["range"]["start"]["line"], edit["range"]["start"]["character"]
    lines[at] = lines[at][:col] + edit["newText"] + lines[at][col:]
    text = "\n".join(lines)
    version += 1
    client.change(uri, text, version)
    show(name + " unsaved after the fix", uri, client.diagnostics(uri, version=version))
    # Saved: the moved block is in the work tree, and the rename is no longer reported.
    with open(path, "w") as f:
        f.write(text)
    version += 1
    client.change(uri, text, version)
    show(name + " saved after the fix", uri, client.diagnostics(uri, version=version))
print("exit:", client.shutdown())
