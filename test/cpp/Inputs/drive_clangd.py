"""Drives a clangd as an editor does (initialize, didOpen a file of a compilation database, wait for
publishDiagnostics) and prints its clang-tidy diagnostics, one line each, for FileCheck.
Usage: drive_clangd.py CLANGD ROOT FILE [--no-blastradius]"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "utils"))
from lsp_client import LspClient, short  # noqa: E402

clangd, root, path = sys.argv[1:4]
expect_ours = "--no-blastradius" not in sys.argv
client = LspClient([clangd, "--compile-commands-dir=" + os.path.join(root, "build"), "--log=error",
                    "--background-index=false", "--pch-storage=memory"],
                   cwd=root, stderr_path=os.path.join(root, "clangd-stderr-%s.txt" % os.path.basename(clangd)))
client.initialize(root)
uri = client.open(path, "cpp")
# clangd may publish more than once (the preamble first); wait for the one with clang-tidy's findings.
diagnostics = []
for _ in range(10):
    try:
        diagnostics = client.diagnostics(uri, timeout=90)
    except TimeoutError:
        break
    if any(d.get("source") == "clang-tidy" for d in diagnostics):
        if not expect_ours or any(str(d.get("code", "")).startswith("blastradius-") for d in diagnostics):
            break
for d in sorted(diagnostics, key=lambda d: (d["range"]["start"]["line"], str(d.get("code")))):
    print("%s source=%s" % (short(d), d.get("source")))
    href = d.get("codeDescription", {}).get("href")
    if href:
        print("  href", href)
print("exit status:", client.shutdown(timeout=60))
