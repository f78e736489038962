#!/usr/bin/env python3
"""Validate a SARIF 2.1.0 log the way GitHub code scanning will read it.

usage: validate_sarif.py FILE.sarif [--schema PATH] [--multitool PATH | --no-multitool]

Three stages, all run, every problem printed as 'FILE: STAGE: WHERE: WHAT':
  schema     JSON-schema validation against --schema, else the first that exists of
             <repo>/../shared/sarif/sarif-schema-2.1.0.json (Draft 4) and the schema the multitool
             ships (Draft 2020-12); the validator class follows the schema's "$schema".
  multitool  'Sarif.Multitool validate --rule-kind "Gh;Sarif"' (pinned in package.json beside this
             script) when it is installed or given with --multitool; its exit code is always 0, so its
             output SARIF is read and every result with level "error" is a problem.
  github     what code scanning needs and the schema does not say: rule help (and a helpUri that is a URL),
             description lengths, tag count, security-severity as a number in a string, results with
             ruleId/ruleIndex/message.text, relative locations with a uriBaseId, 1-based lines and
             partialFingerprints.primaryLocationLineHash.

Prints 'OK: FILE' and exits 0 when there is no problem, exits 1 on any problem and 2 on a usage
error (bad arguments, a missing input, schema or explicitly named multitool).

Written for Debian's python3-jsonschema 4.10 (/usr/bin/python3); uses only its long-standing APIs.
"""

import argparse
import json
import math
import os
import re
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MULTITOOL_DIR = os.path.join(HERE, "node_modules", "@microsoft", "sarif-multitool-linux")
DEFAULT_MULTITOOL = os.path.join(MULTITOOL_DIR, "Sarif.Multitool")
DEFAULT_SCHEMAS = [
    os.path.join(os.path.dirname(REPO), "shared", "sarif", "sarif-schema-2.1.0.json"),
    os.path.join(MULTITOOL_DIR, "sarif-2.1.0.json"),
]

# GitHub code scanning limits (docs: "SARIF support for code scanning").
MAX_DESCRIPTION = 1024
MAX_TAGS = 20
SEVERITY_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")

# SARIF2006 (UrisShouldBeReachable) sends an HTTP GET for every URI in the log: tests must not
# touch the network, so it is disabled. Every other rule keeps its default level.
MULTITOOL_CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key='SARIF2006.UrisShouldBeReachable.Options'>
    <Property Key='RuleEnabled' Value='Disabled' />
  </Properties>
</Properties>
"""
MULTITOOL_TIMEOUT = 300


class UsageError(Exception):
    pass


def json_path(parts):
    """['runs', 0, 'results', 1] -> 'runs[0].results[1]'"""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += "[%d]" % part
        else:
            out += ("." if out else "") + str(part)
    return out or "$"


def shorten(text, limit=300):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------------------------
# (a) JSON schema


def find_schema(explicit):
    if explicit:
        if not os.path.isfile(explicit):
            raise UsageError("schema not found: %s" % explicit)
        return explicit
    for candidate in DEFAULT_SCHEMAS:
        if os.path.isfile(candidate):
            return candidate
    raise UsageError("no SARIF schema found (looked for %s); pass --schema" % ", ".join(DEFAULT_SCHEMAS))


def check_schema(log, schema_path):
    import jsonschema
    from jsonschema import exceptions, validators

    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    # validator_for reads "$schema": Draft 4 for the OASIS schema, 2020-12 for the multitool's.
    cls = validators.validator_for(schema, default=jsonschema.Draft4Validator)
    try:
        cls.check_schema(schema)
    except exceptions.SchemaError as e:
        raise UsageError("%s is not a valid %s schema: %s" % (schema_path, cls.__name__, shorten(e.message)))
    format_checker = getattr(cls, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = cls(schema, format_checker=format_checker)
    problems = []
    for error in sorted(validator.iter_errors(log), key=lambda e: [str(p) for p in e.absolute_path]):
        message = shorten(error.message)
        if error.context:
            best = exceptions.best_match(error.context)
            message += " (closest: %s at %s)" % (shorten(best.message, 200), json_path(best.absolute_path))
        problems.append(("schema", json_path(error.absolute_path), message))
    return problems, cls.__name__


# --------------------------------------------------------------------------------------------
# (b) Sarif.Multitool


def ensure_executable(path):
    """The npm package makes its binary executable in a postinstall script ('chmod u+x
    Sarif.Multitool'), which 'npm ci --ignore-scripts' skips: do the same here."""
    if os.access(path, os.X_OK):
        return True
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    except OSError:
        return False
    return os.access(path, os.X_OK)


def multitool_env(workdir):
    env = dict(os.environ)
    # .NET aborts at start-up when libicu is missing; invariant globalization needs none and
    # changes nothing for validation.
    env["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"
    env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
    env["DOTNET_NOLOGO"] = "1"
    # A single-file .NET app may write under $HOME (bundle extraction, caches): give it a
    # writable one when the caller's is missing or read-only (lit, CI sandboxes).
    home = env.get("HOME")
    if not home or not os.path.isdir(home) or not os.access(home, os.W_OK):
        env["HOME"] = os.path.join(workdir, "home")
        os.makedirs(env["HOME"], exist_ok=True)
    env.setdefault("DOTNET_BUNDLE_EXTRACT_BASE_DIR", os.path.join(workdir, "bundle"))
    return env


def format_message(message, rule):
    """A multitool result message: plain text, or a messageStrings id with arguments."""
    if not isinstance(message, dict):
        return str(message)
    if isinstance(message.get("text"), str):
        return message["text"]
    template = None
    strings = (rule or {}).get("messageStrings") or {}
    if message.get("id") in strings:
        template = strings[message["id"]].get("text")
    arguments = [str(a) for a in message.get("arguments") or []]
    if template is None:
        return "%s(%s)" % (message.get("id", "?"), ", ".join(arguments))
    return re.sub(r"\{(\d+)\}", lambda m: arguments[int(m.group(1))] if int(m.group(1)) < len(arguments)
                  else m.group(0), template)


def run_multitool(multitool, sarif_path):
    problems = []
    with tempfile.TemporaryDirectory(prefix="validate-sarif-") as workdir:
        config = os.path.join(workdir, "multitool.config.xml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(MULTITOOL_CONFIG)
        out = os.path.join(workdir, "multitool-output.sarif")
        command = [multitool, "validate", os.path.abspath(sarif_path), "-o", out,
                   "--rule-kind", "Gh;Sarif", "--config", config, "--quiet"]
        try:
            proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  env=multitool_env(workdir), cwd=workdir, timeout=MULTITOOL_TIMEOUT)
        except subprocess.TimeoutExpired:
            return [("multitool", "-", "timed out after %d s" % MULTITOOL_TIMEOUT)]
        except OSError as e:
            return [("multitool", "-", "cannot run %s: %s" % (multitool, e))]
        console = proc.stdout.decode("utf-8", "replace").strip()
        if not os.path.isfile(out):
            return [("multitool", "-", "wrote no output (exit %d): %s" % (proc.returncode, shorten(console, 2000)))]
        try:
            with open(out, encoding="utf-8-sig") as f:
                report = json.load(f)
        except ValueError as e:
            return [("multitool", "-", "unreadable output: %s" % e)]

    for run in report.get("runs") or []:
        rules = (run.get("tool") or {}).get("driver", {}).get("rules") or []
        by_id = {r.get("id"): r for r in rules}
        for result in run.get("results") or []:
            if result.get("level", "warning") != "error":
                continue
            rule_id = result.get("ruleId", "?")
            rule = None
            index = result.get("ruleIndex")
            if isinstance(index, int) and 0 <= index < len(rules):
                rule = rules[index]
            rule = rule or by_id.get(rule_id)
            where = "-"
            try:
                region = result["locations"][0]["physicalLocation"]["region"]
                where = "line %d" % region["startLine"]
            except (KeyError, IndexError, TypeError):
                pass
            name = rule.get("name") if rule else None
            label = "%s%s" % (rule_id, "." + name if name else "")
            problems.append(("multitool", where, "%s: %s" % (label, format_message(result.get("message"), rule))))
        for invocation in run.get("invocations") or []:
            for key in ("toolExecutionNotifications", "toolConfigurationNotifications"):
                for note in invocation.get(key) or []:
                    if note.get("level", "warning") == "error":
                        descriptor = (note.get("descriptor") or {}).get("id", "?")
                        problems.append(("multitool", "-", "%s: %s" % (descriptor, format_message(note.get("message"), None))))
            if invocation.get("executionSuccessful") is False and not problems:
                problems.append(("multitool", "-", "execution failed: %s" % shorten(console, 2000)))
    return problems


# --------------------------------------------------------------------------------------------
# (c) GitHub code scanning checks the schema does not cover


def is_nonempty_string(value):
    return isinstance(value, str) and value.strip() != ""


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def check_github(log):
    problems = []

    def problem(path, what):
        problems.append(("github", json_path(path), what))

    runs = log.get("runs") if isinstance(log, dict) else None
    if not isinstance(runs, list) or not runs:
        problem(["runs"], "no runs")
        return problems
    for run_index, run in enumerate(runs):
        if not isinstance(run, dict):
            continue
        base = ["runs", run_index]
        driver = (run.get("tool") or {}).get("driver") or {}
        rules = driver.get("rules") or []
        if not isinstance(rules, list):
            rules = []
        seen = {}
        for rule_index, rule in enumerate(rules):
            path = base + ["tool", "driver", "rules", rule_index]
            if not isinstance(rule, dict):
                problem(path, "rule is not an object")
                continue
            rule_id = rule.get("id")
            if not is_nonempty_string(rule_id):
                problem(path + ["id"], "rule has no id")
            elif rule_id in seen:
                problem(path + ["id"], "duplicate rule id '%s' (also rules[%d])" % (rule_id, seen[rule_id]))
            else:
                seen[rule_id] = rule_index
            # helpUri is optional (blastradius writes it only when a documentation host is
            # configured; GitHub shows help.markdown without it), but when present it must be a URL.
            if "helpUri" not in rule:
                pass
            elif not is_nonempty_string(rule.get("helpUri")) or not re.match(r"^https?://", rule["helpUri"]):
                problem(path + ["helpUri"], "helpUri '%s' is not an http(s) URL" % rule["helpUri"])
            if not is_nonempty_string((rule.get("help") or {}).get("text")):
                problem(path + ["help", "text"], "rule '%s' has no help.text" % rule_id)
            for key in ("shortDescription", "fullDescription"):
                text = (rule.get(key) or {}).get("text")
                if not is_nonempty_string(text):
                    problem(path + [key, "text"], "rule '%s' has no %s.text" % (rule_id, key))
                elif len(text) >= MAX_DESCRIPTION:
                    problem(path + [key, "text"], "%s is %d characters: GitHub needs fewer than %d"
                            % (key, len(text), MAX_DESCRIPTION))
            properties = rule.get("properties") or {}
            tags = properties.get("tags")
            if tags is not None:
                if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                    problem(path + ["properties", "tags"], "tags must be an array of strings")
                elif len(tags) > MAX_TAGS:
                    problem(path + ["properties", "tags"], "%d tags: GitHub takes at most %d" % (len(tags), MAX_TAGS))
            if "security-severity" in properties:
                severity = properties["security-severity"]
                spath = path + ["properties", "security-severity"]
                if not isinstance(severity, str):
                    problem(spath, "security-severity must be a string holding a number (GitHub rejects %s %s)"
                            % (type(severity).__name__, json.dumps(severity)))
                elif not SEVERITY_RE.match(severity) or not (0.0 <= float(severity) <= 10.0) \
                        or not math.isfinite(float(severity)):
                    problem(spath, "security-severity '%s' is not a number from 0.0 to 10.0" % severity)

        base_ids = run.get("originalUriBaseIds")
        results = run.get("results")
        if results is None:
            problem(base + ["results"], "run has no results array (an empty array means 'nothing found')")
            results = []
        for result_index, result in enumerate(results if isinstance(results, list) else []):
            path = base + ["results", result_index]
            if not isinstance(result, dict):
                continue
            rule_id = result.get("ruleId")
            if not is_nonempty_string(rule_id):
                problem(path + ["ruleId"], "result has no ruleId")
            index = result.get("ruleIndex")
            if index is None:
                problem(path + ["ruleIndex"], "result has no ruleIndex")
            elif not is_int(index) or not 0 <= index < len(rules):
                problem(path + ["ruleIndex"], "ruleIndex %s is outside tool.driver.rules (%d rules)"
                        % (json.dumps(index), len(rules)))
            elif isinstance(rules[index], dict) and rules[index].get("id") != rule_id:
                problem(path + ["ruleIndex"], "ruleIndex %d names rule '%s', not ruleId '%s'"
                        % (index, rules[index].get("id"), rule_id))
            if not is_nonempty_string((result.get("message") or {}).get("text")):
                problem(path + ["message", "text"], "result has no message.text (GitHub ignores message ids)")
            locations = result.get("locations")
            if not isinstance(locations, list) or not locations:
                problem(path + ["locations"], "result has no location")
                locations = []
            for location_index, location in enumerate(locations):
                lpath = path + ["locations", location_index, "physicalLocation"]
                physical = (location or {}).get("physicalLocation") if isinstance(location, dict) else None
                if not isinstance(physical, dict):
                    problem(lpath, "location has no physicalLocation")
                    continue
                artifact = physical.get("artifactLocation") or {}
                uri = artifact.get("uri")
                if not is_nonempty_string(uri):
                    problem(lpath + ["artifactLocation", "uri"], "location has no uri")
                elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri) or uri.startswith("/"):
                    problem(lpath + ["artifactLocation", "uri"], "uri '%s' is not relative to the repository" % uri)
                base_id = artifact.get("uriBaseId")
                if not is_nonempty_string(base_id):
                    problem(lpath + ["artifactLocation", "uriBaseId"], "location has no uriBaseId")
                elif isinstance(base_ids, dict) and base_id not in base_ids:
                    problem(lpath + ["artifactLocation", "uriBaseId"],
                            "uriBaseId '%s' is not in run.originalUriBaseIds" % base_id)
                region = physical.get("region")
                if not isinstance(region, dict):
                    problem(lpath + ["region"], "location has no region")
                    continue
                start = region.get("startLine")
                if not is_int(start) or start < 1:
                    problem(lpath + ["region", "startLine"], "startLine %s is not a line number >= 1" % json.dumps(start))
                for key in ("startColumn", "endColumn", "endLine"):
                    if key in region and (not is_int(region[key]) or region[key] < 1):
                        problem(lpath + ["region", key], "%s %s is not >= 1" % (key, json.dumps(region[key])))
                if is_int(start) and is_int(region.get("endLine")) and region["endLine"] < start:
                    problem(lpath + ["region", "endLine"], "endLine %d is before startLine %d" % (region["endLine"], start))
            fingerprints = result.get("partialFingerprints") or {}
            if not is_nonempty_string(fingerprints.get("primaryLocationLineHash")):
                problem(path + ["partialFingerprints", "primaryLocationLineHash"],
                        "result has no partialFingerprints.primaryLocationLineHash")
            for suppression_index, suppression in enumerate(result.get("suppressions") or []):
                if not is_nonempty_string((suppression or {}).get("justification")):
                    problem(path + ["suppressions", suppression_index, "justification"],
                            "suppression has no justification")
    return problems


# --------------------------------------------------------------------------------------------


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sarif", metavar="FILE.sarif")
    parser.add_argument("--schema", help="JSON schema (default: shared/sarif, else the multitool's)")
    tool = parser.add_mutually_exclusive_group()
    tool.add_argument("--multitool", help="Sarif.Multitool binary (default: node_modules beside this script, if installed)")
    tool.add_argument("--no-multitool", action="store_true", help="skip the multitool stage")
    args = parser.parse_args(argv)  # exits 2 on a usage error

    try:
        if not os.path.isfile(args.sarif):
            raise UsageError("no such file: %s" % args.sarif)
        schema_path = find_schema(args.schema)
        multitool = None
        if args.multitool:
            if not os.path.isfile(args.multitool) or not ensure_executable(args.multitool):
                raise UsageError("multitool not found or not executable: %s" % args.multitool)
            multitool = args.multitool
        elif not args.no_multitool and os.path.isfile(DEFAULT_MULTITOOL) and ensure_executable(DEFAULT_MULTITOOL):
            multitool = DEFAULT_MULTITOOL

        try:
            with open(args.sarif, encoding="utf-8") as f:
                log = json.load(f)
        except (ValueError, UnicodeDecodeError) as e:
            print("%s: json: -: not a UTF-8 JSON document: %s" % (args.sarif, e))
            return 1

        problems, validator_name = check_schema(log, schema_path)
        print("schema: %s (%s)" % (schema_path, validator_name))
        if multitool:
            print("multitool: %s" % multitool)
            problems += run_multitool(multitool, args.sarif)
        elif args.no_multitool:
            print("multitool: skipped (--no-multitool)")
        else:
            print("multitool: not installed, skipped (npm ci --prefix test/sarif)")
        problems += check_github(log)
    except UsageError as e:
        print("validate_sarif.py: error: %s" % e, file=sys.stderr)
        return 2

    for stage, where, what in problems:
        print("%s: %s: %s: %s" % (args.sarif, stage, where, what))
    if problems:
        print("FAILED: %s: %d problem%s" % (args.sarif, len(problems), "" if len(problems) == 1 else "s"))
        return 1
    print("OK: %s" % args.sarif)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
