#!/usr/bin/env python3
"""Extracts the rows of lib/impact/ReplacementAttributes.def from a Terraform provider's own sources.

Two readers, one row format (FORCE_NEW("type", "argument", "source")):

  go     a resource's Go schema (terraform-provider-aws internal/service/*/*.go, -google
         google/services/*/resource_*.go, -azurerm internal/services/*/*_resource.go): every
         top-level argument of the resource schema whose definition says `ForceNew: true` (the
         import identity schema and nested blocks' schemas are not the resource's);
  docs   a resource's documentation page (website/docs/r/*.html.markdown of terraform-provider-google
         and -azurerm): every argument of the "Argument Reference" list whose text says "forces a new
         resource", "forces a new <Thing> to be created", "Forces new resource" or "(Optional,
         ForceNew)".

Checked rows: lib/impact/ReplacementAttributes.def's header lists the file versions every row was
verified against. To re-check a row, run this script on that file and look for the row.

Usage:
  extract-force-new.py go   TYPE PROVIDER PATH-IN-REPO FILE
  extract-force-new.py docs TYPE PROVIDER PATH-IN-REPO FILE

FILE is the file's text (a checkout of the provider, or the file saved from it); PATH-IN-REPO and
PROVIDER only name the source in the emitted rows. Nothing is downloaded.
"""
import re
import sys


def snake(name):
    """names.AttrKMSKeyID -> kms_key_id (the provider's names package spells attributes this way)."""
    name = name[len("Attr"):] if name.startswith("Attr") else name
    parts = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+", name)
    return "_".join(p.lower() for p in parts)


LITERAL = re.compile(r"map\[string\]\*(?:schema|pluginsdk)\.Schema\{")


def literal_entries(text, start):
    """(key, body) for each entry of the schema map literal whose `{` ends at start."""
    i = start
    depth = 1
    key_re = re.compile(r'\s*(?:"([a-z0-9_]+)"|names\.(Attr\w+))\s*:\s*(?:&(?:schema|pluginsdk)\.Schema)?\{')
    while i < len(text) and depth > 0:
        if depth == 1:
            m = key_re.match(text, i)
            if m:
                key = m.group(1) or snake(m.group(2))
                j = m.end()
                d = 1
                while j < len(text) and d > 0:
                    if text[j] == "{":
                        d += 1
                    elif text[j] == "}":
                        d -= 1
                    j += 1
                yield key, text[m.end():j - 1]
                i = j
                continue
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1


def top_level_entries(text):
    """The resource's own schema: the first map literal that is neither a nested block's
    (`Elem: &schema.Resource{ Schema: ...`) nor the import identity's (RequiredForImport)."""
    for m in LITERAL.finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        if re.search(r"Elem:\s*&(?:schema|pluginsdk)\.Resource\{\s*Schema:\s*$", before):
            continue
        entries = list(literal_entries(text, m.end()))
        if not entries or any("ForImport" in body for _, body in entries):
            continue
        yield from entries
        return


def own_fields(body):
    """The entry's own fields, without nested Elem/schema literals."""
    out, depth = [], 0
    for c in body:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def from_go(text):
    for key, body in top_level_entries(text):
        if re.search(r"\bForceNew:\s*true\b", own_fields(body)):
            yield key, "ForceNew"


def from_docs(text):
    section = re.split(r"## Arguments? Reference", text, 1)
    if len(section) < 2:
        return
    body = re.split(r"\n## ", section[1], 1)[0]
    # Only the resource's own arguments: the list before the first nested-block description.
    top = re.split(r"\n(?:---|The `[a-z_]+` block supports|An? `[a-z_]+` block supports)", body, 1)[0]
    for m in re.finditer(r"^\* `([a-z0-9_]+)` - (.*?)(?=^\* `|\Z)", top, re.M | re.S):
        # "Changing this forces a new resource to be created", "... forces a new PostgreSQL
        # Flexible Server to be created", "Forces new resource", "(Optional, ForceNew)".
        text = m.group(2)
        if (re.search(r"forces? (a )?new resource|forces a new [A-Za-z0-9 ]+ to be created", text, re.I)
                or re.match(r"\((?:Optional|Required)[^)]*\bForceNew\b[^)]*\)", text)):
            yield m.group(1), "docs"


def main():
    if len(sys.argv) != 6 or sys.argv[1] not in ("go", "docs"):
        sys.exit(__doc__)
    mode, rtype, provider, path, file = sys.argv[1:]
    text = open(file, encoding="utf-8", errors="replace").read()
    rows = from_go(text) if mode == "go" else from_docs(text)
    for argument, how in rows:
        print('FORCE_NEW("%s", "%s", "%s %s: %s")' % (rtype, argument, provider, path, how))


if __name__ == "__main__":
    main()
