"""Drives `blastradius lsp` through one editing session and prints what an editor would show, one
line per diagnostic, hover or code action, for FileCheck. Usage: drive_lsp.py BLASTRADIUS WORKSPACE"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "utils"))
from lsp_client import LspClient, file_uri, short  # noqa: E402

blastradius, root = sys.argv[1], sys.argv[2]
client = LspClient([blastradius, "lsp", "--debounce-ms", "50"], cwd=root,
                   stderr_path=os.path.join(root, "..", "lsp-stderr.txt"))
caps = client.initialize(root, {"window": {"showDocument": {"support": True}}})["result"]["capabilities"]
print("capabilities:", json.dumps(caps, sort_keys=True))


def show(title, diagnostics):
    print("%s: %d" % (title, len(diagnostics)))
    for d in diagnostics:
        print("  " + short(d))


# Terraform: the module's variables come from variables.tf on disk.
main_tf = os.path.join(root, "infra", "main.tf")
uri = client.open(main_tf, "terraform")
diags = client.diagnostics(uri)
show("main.tf", diags)
first = diags[0]
print("href:", first.get("codeDescription", {}).get("href"))
print("source:", first.get("source"))

# Hover on the finding: the rule's help.
hover = client.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": first["range"]["start"]})
print("hover:", hover["result"]["contents"]["value"].splitlines()[0])
print("hover has help:", "\n\n" in hover["result"]["contents"]["value"])
nothing = client.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
print("hover elsewhere:", nothing["result"])

# The code action: a suppression line above, in the file's comment syntax, and the cursor command.
actions = client.call("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": first["range"],
                                                  "context": {"diagnostics": [first]}})["result"]
for a in actions:
    edit = a["edit"]["changes"][uri][0]
    print("action: %s | insert at %d:%d %r | cursor %s" % (
        a["title"], edit["range"]["start"]["line"], edit["range"]["start"]["character"], edit["newText"],
        json.dumps(a["command"]["arguments"][1], sort_keys=True)))

# Apply it as the editor would: the suppression has no reason yet, so it is reported and suppresses nothing.
text = open(main_tf).read()
lines = text.split("\n")
edit = actions[0]["edit"]["changes"][uri][0]
at = edit["range"]["start"]["line"]
lines.insert(at, edit["newText"].rstrip("\n"))
client.change(uri, "\n".join(lines), 2)
show("after the action", client.diagnostics(uri, version=2))
# The cursor command asks the editor to put the cursor where the reason goes.
client.request("workspace/executeCommand", {"command": actions[0]["command"]["command"],
                                            "arguments": actions[0]["command"]["arguments"]})
shown = client.wait_for(lambda m: m.get("method") == "window/showDocument")
print("showDocument:", json.dumps(shown["params"]["selection"]["start"], sort_keys=True))
client.send({"jsonrpc": "2.0", "id": shown["id"], "result": {"success": True}})
# The developer types the reason: the finding goes.
reason_line = lines[at] + "the bucket is a disposable cache"
lines[at] = reason_line
client.change(uri, "\n".join(lines), 3)
show("with a reason", client.diagnostics(uri, version=3))

# Unsaved edits in an open neighbour count: variables.tf says protect = false in the buffer only.
variables_tf = os.path.join(root, "infra", "variables.tf")
vuri = client.open(variables_tf, "terraform",
                   open(variables_tf).read().replace('variable "protect" {\n  default = true',
                                                     'variable "protect" {\n  default = false'))
client.diagnostics(vuri)
show("main.tf with the open variables.tf", client.diagnostics(uri, version=3))

# Debounce: three quick edits, one analysis of the last text.
client.change(uri, "\n".join(lines) + "\n#a", 4)
client.change(uri, "\n".join(lines) + "\n#ab", 5)
client.change(uri, "\n".join(lines) + "\n#abc", 6)
last = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                       m["params"]["uri"] == uri)
print("debounced: published version", last["params"]["version"])

# A workflow: the shell finding inside the run: block, at its exact column.
workflow = os.path.join(root, ".github", "workflows", "deploy.yml")
wuri = client.open(workflow, "yaml")
show("deploy.yml", client.diagnostics(wuri))
wactions = client.call("textDocument/codeAction", {"textDocument": {"uri": wuri},
                                                   "range": {"start": {"line": 8, "character": 20},
                                                             "end": {"line": 8, "character": 20}},
                                                   "context": {"diagnostics": []}})["result"]
for a in wactions:
    e = a["edit"]["changes"][wuri][0]
    print("workflow action: %s | %r" % (a["title"], e["newText"]))

# SQL: its own comment syntax; the configuration's severity override applies.
migration = os.path.join(root, "migrations", "001_drop.sql")
suri = client.open(migration, "sql")
sdiags = client.diagnostics(suri)
show("001_drop.sql", sdiags)
sactions = client.call("textDocument/codeAction", {"textDocument": {"uri": suri}, "range": sdiags[0]["range"],
                                                   "context": {"diagnostics": []}})["result"]
print("sql action:", repr(sactions[0]["edit"]["changes"][suri][0]["newText"]))

# The configuration's external suppression (generated/**) applies in the editor too.
guri = client.open(os.path.join(root, "generated", "bucket.tf"), "terraform")
show("generated/bucket.tf", client.diagnostics(guri))

# Closing a document clears its diagnostics.
client.notify("textDocument/didClose", {"textDocument": {"uri": suri}})
show("closed", client.diagnostics(suri))

print("exit status:", client.shutdown())
