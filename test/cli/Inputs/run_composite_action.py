"""Runs a composite GitHub Action's steps here, as a runner would, so that action.yml is tested by
running it rather than by reading it.

What a runner does and this does too: `${{ inputs.X }}`, `${{ github.X }}` and
`${{ steps.ID.outputs.X }}` substituted in `env:`, `with:` and `run:`; `if:` conditions of the form
`inputs.X == 'v'` / `!=`; each `shell: bash` step run with `bash --noprofile --norc -eo pipefail`;
GITHUB_ENV, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files read back between steps; the first failing
step ends the job with its status. A `uses:` step (upload-sarif) is not run: its inputs are printed
so the test can check that what it would upload exists.

  run_composite_action.py ACTION_DIR WORKSPACE RUNNER_TEMP [input=value ...] [--github key=value ...]
"""
import os
import re
import subprocess
import sys

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def main():
    action_dir, workspace, runner_temp = sys.argv[1:4]
    given, github = {}, {}
    args = sys.argv[4:]
    while args:
        arg = args.pop(0)
        if arg == "--github":
            key, _, value = args.pop(0).partition("=")
            github[key] = value
        else:
            key, _, value = arg.partition("=")
            given[key] = value
    action = yaml.safe_load(open(os.path.join(action_dir, "action.yml")))
    unknown = set(given) - set(action["inputs"])
    if unknown:
        sys.exit("unknown inputs: %s" % sorted(unknown))
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    inputs.update(given)
    steps_outputs = {}

    def value_of(expression):
        scope, _, name = expression.partition(".")
        if scope == "inputs":
            return inputs[name]
        if scope == "github":
            return github.get(name, "")
        if scope == "steps":
            step_id, _, rest = name.partition(".outputs.")
            return steps_outputs.get(step_id, {}).get(rest, "")
        sys.exit("unsupported expression: " + expression)

    def substitute(text):
        return EXPRESSION.sub(lambda m: value_of(m.group(1)), str(text))

    def condition(text):
        m = re.fullmatch(r"(\S+)\s*(==|!=)\s*'([^']*)'", text.strip())
        if not m:
            sys.exit("unsupported if: " + text)
        equal = value_of(m.group(1)) == m.group(3)
        return equal if m.group(2) == "==" else not equal

    files = {name: os.path.join(runner_temp, "github-" + name.lower())
             for name in ("GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY")}
    for path in files.values():
        open(path, "w").close()
    environment = dict(os.environ, RUNNER_TEMP=runner_temp, GITHUB_WORKSPACE=workspace,
                       GITHUB_ACTION_PATH=action_dir, GITHUB_ACTIONS="true", **files)

    for step in action["runs"]["steps"]:
        name = step.get("name", step.get("id", "?"))
        if "if" in step and not condition(step["if"]):
            print("step skipped:", name)
            continue
        if "uses" in step:
            with_ = {k: substitute(v) for k, v in step.get("with", {}).items()}
            print("step uses:", step["uses"], " ".join("%s=%s" % kv for kv in sorted(with_.items())))
            continue
        if step.get("shell") != "bash":
            sys.exit("unsupported step: " + name)
        env = dict(environment, **{k: substitute(v) for k, v in step.get("env", {}).items()})
        open(files["GITHUB_OUTPUT"], "w").close()
        sys.stdout.flush()
        status = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", substitute(step["run"])],
                                 cwd=workspace, env=env)
        outputs = dict(line.rstrip("\n").split("=", 1) for line in open(files["GITHUB_OUTPUT"]) if "=" in line)
        if "id" in step:
            steps_outputs[step["id"]] = outputs
        for line in open(files["GITHUB_ENV"]):
            if "=" in line:
                key, _, value = line.rstrip("\n").partition("=")
                environment[key] = value
        print("step %s: %s" % ("failed (%d)" % status if status else "ok", name))
        if status:
            sys.exit(status)


if __name__ == "__main__":
    main()
