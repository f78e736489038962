#!/usr/bin/env python3
"""Run one blastradius clang-tidy check over an annotated test file.

Usage (the lit substitution %check_clang_tidy supplies the first four
arguments):

  check_clang_tidy.py --clang-tidy CLANG_TIDY --plugin PLUGIN.so
      [-check-suffix=S[,S...]] [-config=YAML_OR_JSON] [-std=c++NN]
      INPUT CHECK-NAME TMPFILE [-- EXTRA_CLANG_ARGS...]

What it does, in order, failing (exit 1) at the first step that does not hold:

1. The plugin file exists and `clang-tidy --load=PLUGIN --list-checks` lists
   CHECK-NAME. clang-tidy ignores a missing plugin, and a plugin built for
   another LLVM major version registers nothing useful; both exit 0, so a
   test that expects no warning would pass without this step. clang-tidy runs
   with LD_BIND_NOW=1, so a symbol the plugin needs and clang-tidy does not
   export fails the load here rather than at first call.
2. `clang-tidy --load=PLUGIN --checks=-*,CHECK-NAME INPUT -- -std=c++17 ...`
   exits 0 (no compiler errors, no crash). Unless -config= is given, an empty
   configuration is passed so that no .clang-tidy file above INPUT or the
   build directory changes the result.
3. FileCheck, with the `CHECK-MESSAGES:` lines of INPUT as its check file
   (other lines blanked, so `[[@LINE-1]]` keeps meaning the line of INPUT),
   accepts clang-tidy's output.
4. The number of `[CHECK-NAME]` diagnostics in the output equals the number of
   positive CHECK-MESSAGES lines that name `[CHECK-NAME]`: every warning the
   check emits must be expected by exactly one line.

With -check-suffix=A,B the prefixes are CHECK-MESSAGES-A and CHECK-MESSAGES-B
instead of CHECK-MESSAGES, so one file can hold runs with different options.
Intermediate files are written next to TMPFILE (TMPFILE.msg, TMPFILE.check).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

BASE_PREFIX = "CHECK-MESSAGES"
# FileCheck directive suffixes. Lines with these count as expectations of a
# diagnostic, except -NOT (an absence) and -LABEL/-EMPTY (no diagnostic).
POSITIVE_MODIFIERS = ("", "-NEXT", "-SAME", "-DAG")
ALL_MODIFIERS = POSITIVE_MODIFIERS + ("-NOT", "-LABEL", "-EMPTY")


def fail(message):
    sys.stderr.write("check_clang_tidy.py: error: %s\n" % message)
    sys.exit(1)


def parse_args(argv):
    # Everything after the first "--" goes to the compiler, untouched.
    if "--" in argv:
        split = argv.index("--")
        own, extra = argv[:split], argv[split + 1:]
    else:
        own, extra = argv, []

    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clang-tidy", required=True,
                        help="the clang-tidy executable that loads the plugin")
    parser.add_argument("--plugin", required=True,
                        help="the check plugin (libBlastradiusTidyPlugin.so)")
    parser.add_argument("--filecheck", default=None,
                        help="FileCheck executable (default: the one beside "
                             "clang-tidy, else FileCheck on PATH)")
    parser.add_argument("-check-suffix", "-check-suffixes", "--check-suffix",
                        "--check-suffixes", dest="check_suffix", default="",
                        help="comma-separated suffixes: check "
                             "CHECK-MESSAGES-<SUFFIX> lines")
    parser.add_argument("-config", "--config", dest="config", default=None,
                        help="clang-tidy --config text (YAML or JSON)")
    parser.add_argument("-std", "--std", dest="std", default="c++17",
                        help="language standard (default c++17)")
    parser.add_argument("input_file", help="the annotated test source")
    parser.add_argument("check_name", help="e.g. blastradius-some-check")
    parser.add_argument("temp_file", help="lit's %%t: prefix of scratch files")
    args = parser.parse_args(own)
    return args, extra


def find_filecheck(args):
    if args.filecheck:
        return args.filecheck
    # Prefer the FileCheck of the same LLVM as clang-tidy.
    sibling = os.path.join(os.path.dirname(os.path.realpath(args.clang_tidy)),
                           "FileCheck")
    if os.access(sibling, os.X_OK):
        return sibling
    found = shutil.which("FileCheck")
    if not found:
        fail("FileCheck not found beside %s nor on PATH" % args.clang_tidy)
    return found


def run(command, cwd, env=None):
    sys.stderr.write("Running: %s\n" % " ".join(_quote(c) for c in command))
    try:
        proc = subprocess.run(command, cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True)
    except OSError as error:
        fail("cannot run %s: %s" % (command[0], error))
    return proc


def _quote(word):
    if re.match(r"^[\w@%+=:,./-]+$", word):
        return word
    return "'" + word.replace("'", "'\\''") + "'"


def directive_regex(prefixes, modifiers):
    alternatives = "|".join(re.escape(p) for p in prefixes)
    mods = "|".join(re.escape(m) for m in modifiers if m)
    return re.compile(r"(?<![\w-])(?:%s)(?:%s)?:" % (alternatives, mods))


def main(argv):
    args, extra_args = parse_args(argv)

    clang_tidy = args.clang_tidy
    if not (os.path.isfile(clang_tidy) or shutil.which(clang_tidy)):
        fail("clang-tidy not found: %s" % clang_tidy)
    plugin = os.path.abspath(args.plugin)
    if not os.path.isfile(plugin):
        # clang-tidy would only say "load request ignored" and exit 0.
        fail("plugin not found: %s" % plugin)
    input_file = os.path.abspath(args.input_file)
    temp_file = os.path.abspath(args.temp_file)
    work_dir = os.path.dirname(temp_file)
    os.makedirs(work_dir, exist_ok=True)
    check_name = args.check_name

    suffixes = [s.strip() for s in args.check_suffix.split(",") if s.strip()]
    for suffix in suffixes:
        if not re.match(r"^[A-Z0-9-]+$", suffix):
            fail("check suffix must be [A-Z0-9-]+: %r" % suffix)
    prefixes = ["%s-%s" % (BASE_PREFIX, s) for s in suffixes] or [BASE_PREFIX]

    with open(input_file, encoding="utf-8") as handle:
        input_lines = handle.read().split("\n")

    # The check file: CHECK-MESSAGES lines only, at their original line
    # numbers, so that [[@LINE]] refers to INPUT.
    any_directive = directive_regex(prefixes, ALL_MODIFIERS)
    positive = directive_regex(prefixes, POSITIVE_MODIFIERS)
    tag = re.compile(r"\[%s(?:,[^\]]*)?\]" % re.escape(check_name))
    check_lines = []
    expected = 0
    has_directives = False
    for line in input_lines:
        if any_directive.search(line):
            has_directives = True
            check_lines.append(line)
            if positive.search(line) and tag.search(line):
                expected += 1
        else:
            check_lines.append("")

    config = args.config if args.config is not None else "{}"
    common = [clang_tidy, "--load=" + plugin, "--config=" + config,
              "--checks=-*," + check_name]

    # Resolve every symbol of the plugin when it is loaded, not when first
    # called: a symbol the running clang-tidy does not export (another LLVM
    # version, or a GCC/Clang mangling difference) then fails the load below
    # instead of killing clang-tidy halfway through, or never being noticed.
    tidy_env = dict(os.environ, LD_BIND_NOW="1")

    # 1. The plugin loads and provides the check.
    listed = run(common + ["--list-checks"], work_dir, tidy_env)
    listed_names = [l.strip() for l in listed.stdout.splitlines()]
    if listed.returncode != 0 or check_name not in listed_names:
        sys.stderr.write(listed.stdout + listed.stderr)
        fail("%s is not provided by %s (missing plugin, wrong LLVM version, "
             "or a misspelt check name)" % (check_name, plugin))

    # 2. Run the check.
    compiler_args = list(extra_args)
    if not any(a.startswith("-std=") for a in compiler_args):
        compiler_args.insert(0, "-std=" + args.std)
    result = run(common + [input_file, "--"] + compiler_args, work_dir,
                 tidy_env)
    output = result.stdout
    messages_file = temp_file + ".msg"
    with open(messages_file, "w", encoding="utf-8") as handle:
        handle.write(output)
    sys.stderr.write("------------------------ clang-tidy output -------------"
                     "-----------\n%s\n%s" % (output, result.stderr))
    if result.returncode != 0:
        fail("clang-tidy exited with %d" % result.returncode)

    # 3. FileCheck the messages.
    if has_directives:
        check_file = temp_file + ".check"
        with open(check_file, "w", encoding="utf-8") as handle:
            handle.write("\n".join(check_lines))
        filecheck = find_filecheck(args)
        checked = run([filecheck, "--input-file=" + messages_file, check_file,
                       "--check-prefixes=" + ",".join(prefixes),
                       "--dump-input=fail"], work_dir)
        if checked.returncode != 0:
            sys.stderr.write(checked.stdout + checked.stderr)
            fail("FileCheck failed on the %s lines" % ",".join(prefixes))

    # 4. Every diagnostic of the check is expected.
    diagnostic = re.compile(r": (?:warning|error): .*\[%s(?:,[^\]]*)?\]\s*$"
                            % re.escape(check_name))
    actual = sum(1 for l in output.splitlines() if diagnostic.search(l))
    if actual != expected:
        fail("%d [%s] diagnostic(s) in the output, %d expected by %s lines "
             "(an unexpected warning, or one line matched twice)"
             % (actual, check_name, expected, ",".join(prefixes)))
    sys.stderr.write("check_clang_tidy.py: %d diagnostic(s) as expected\n"
                     % actual)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
