"""A deploy helper: the test run below takes the first risky branch, never the except handler."""
import shutil
import subprocess
import sys


def deploy(workspace, fresh):
    if fresh:
        shutil.rmtree(workspace)
    try:
        subprocess.run(["true"], check=True)
    except subprocess.CalledProcessError:
        subprocess.run("terraform destroy -auto-approve", shell=True, check=True)


if __name__ == "__main__":
    deploy(sys.argv[1], True)
