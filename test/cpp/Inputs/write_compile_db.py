"""Writes DIR/compile_commands.json for the given sources: write_compile_db.py DIR SRC... -- FLAGS..."""
import json
import os
import sys

directory = sys.argv[1]
split = sys.argv.index("--")
sources, flags = sys.argv[2:split], sys.argv[split + 1:]
entries = [{"directory": directory, "file": os.path.abspath(source),
            "arguments": ["clang++"] + flags + ["-c", os.path.abspath(source)]} for source in sources]
with open(os.path.join(directory, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
