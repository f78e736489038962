#!/usr/bin/env python3
"""The README's "Command-line reference" section against the binary's own help.

  cli_reference.py --check README.md BLASTRADIUS   exit 1 and name every difference
  cli_reference.py --write README.md BLASTRADIUS   regenerate the section from the help

Both sides are read mechanically: the commands are those `blastradius help` lists, each command's
flags are the option names at the start of its help lines (`  -o,--output TEXT  ...`), and the README
side is one `### blastradius COMMAND` block per command in the section. A flag added to the code but
not to the README (or the other way round), or a command missing on either side, fails the check.
"""
import re
import subprocess
import sys

SECTION = "## Command-line reference"
INTRO = """Every command and every flag, as `blastradius help COMMAND` (or `blastradius COMMAND -h`) prints
them. A test (`test/cli/readme-matches-help.test`) fails when this section and the help disagree;
`python3 test/utils/cli_reference.py --write README.md build/tools/blastradius` rewrites it.
"""
OPTION_LINE = re.compile(r"^\s{1,8}(-{1,2}[A-Za-z][\w-]*(?:\s*,\s*-{1,2}[A-Za-z][\w-]*)*)")
FLAG = re.compile(r"-{1,2}[A-Za-z][\w-]*")


def run_help(binary, command=None):
    args = [binary, "help"] + ([command] if command else [])
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def commands(top_help):
    names, inside = [], False
    for line in top_help.splitlines():
        if line.strip().upper().startswith("SUBCOMMANDS"):
            inside = True
            continue
        if inside:
            match = re.match(r"^\s{1,8}([a-z][\w-]*)\b", line)
            if match:
                names.append(match.group(1))
            elif line.strip() and not line.startswith(" "):
                inside = False
    return names


def flags(help_text):
    found = set()
    for line in help_text.splitlines():
        match = OPTION_LINE.match(line)
        if match:
            found.update(FLAG.findall(match.group(1)))
    return found


def split_section(readme):
    start = readme.find("\n" + SECTION + "\n")
    if start < 0:
        return None
    start += 1
    end = readme.find("\n## ", start + len(SECTION))
    return start, (len(readme) if end < 0 else end + 1)


def readme_blocks(section):
    blocks, name = {}, None
    for line in section.splitlines():
        heading = re.match(r"^### blastradius(?: ([a-z][\w-]*))?\s*$", line)
        if heading:
            name = heading.group(1) or ""
            blocks[name] = ""
        elif name is not None:
            blocks[name] += line + "\n"
    return blocks


def main():
    mode, readme_path, binary = sys.argv[1:4]
    readme = open(readme_path, encoding="utf-8").read()
    top = run_help(binary)
    names = commands(top)
    helps = {"": top}
    helps.update({name: run_help(binary, name) for name in names if name != "help"})
    if mode == "--write":
        text = SECTION + "\n\n" + INTRO
        for name, help_text in helps.items():
            text += "\n### blastradius" + (" " + name if name else "") + "\n\n```text\n" + help_text.rstrip() + "\n```\n"
        bounds = split_section(readme)
        if bounds:
            readme = readme[: bounds[0]] + text + "\n" + readme[bounds[1]:]
        else:
            readme = readme.rstrip("\n") + "\n\n" + text
        open(readme_path, "w", encoding="utf-8").write(readme)
        return 0
    bounds = split_section(readme)
    if not bounds:
        print(f"README: no '{SECTION}' section")
        return 1
    blocks = readme_blocks(readme[bounds[0]:bounds[1]])
    problems = []
    for name, help_text in helps.items():
        label = "blastradius" + (" " + name if name else "")
        if name not in blocks:
            problems.append(f"{label}: in the help, not in the README")
            continue
        in_help, in_readme = flags(help_text), flags(blocks[name])
        for flag in sorted(in_help - in_readme):
            problems.append(f"{label} {flag}: in the help, not in the README")
        for flag in sorted(in_readme - in_help):
            problems.append(f"{label} {flag}: in the README, not in the help")
    for name in sorted(set(blocks) - set(helps)):
        problems.append(f"blastradius {name}: in the README, not a command")
    for problem in problems:
        print(problem)
    print(f"{len(helps)} commands, {sum(len(flags(h)) for h in helps.values())} flags checked, "
          f"{len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
