# RUN: %blastradius test %s
# Shell commands written as Python literals go through the shell rules, located in this file.
import os
import subprocess
from subprocess import check_call as run_checked

# ruleid: bash-recursive-rm-unguarded-variable
subprocess.run("rm -rf $BUILD_DIR/*", shell=True, check=True)
# ruleid: bash-recursive-rm-unguarded-variable
os.system("cd /srv && rm -rf \"$RELEASE_DIR/\"*")
# ruleid: bash-recursive-rm-unguarded-variable
run_checked(["bash", "-c", "rm -rf $WORKDIR/cache"])
# ruleid: bash-recursive-rm-unguarded-variable
subprocess.Popen(["/usr/bin/env", "sh", "-ec", "rm -fr ${STAGING}/releases"])
# A constant assigned once: the finding is at its literal.
# ruleid: bash-recursive-rm-unguarded-variable
CLEAN = "rm -rf $OUT/"
subprocess.call(CLEAN, shell=True)
subprocess.run(
    "set -e; "
    # ruleid: bash-recursive-rm-unguarded-variable
    "rm -rf $CACHE/",
    shell=True,
)
# ruleid: bash-recursive-rm-unguarded-variable
os.popen(r"rm -rf $TMP_ROOT/")

# ok: bash-recursive-rm-unguarded-variable
subprocess.run("rm -rf ${BUILD_DIR:?}/*", shell=True)
# Without shell=True a string is a program name, and a list runs no shell: no expansion happens.
# ok: bash-recursive-rm-unguarded-variable
subprocess.run(["rm", "-rf", "$BUILD_DIR/"])
# ok: bash-recursive-rm-unguarded-variable
subprocess.run("rm -rf $BUILD_DIR/")
# ok: bash-recursive-rm-unguarded-variable
subprocess.run(["ls", "-la", "/srv"], check=True)
# ok: bash-recursive-rm-unguarded-variable
subprocess.run("rm -rf /var/tmp/build/$JOB_ID", shell=True)
# ok: bash-recursive-rm-unguarded-variable
print("rm -rf $BUILD_DIR/*")


def clean(build_dir, job):
    # An f-string field from a parameter may be empty, like a shell variable.
    # ruleid: bash-recursive-rm-unguarded-variable
    subprocess.run(f"rm -rf {build_dir}/*", shell=True)
    # ruleid: bash-recursive-rm-unguarded-variable
    subprocess.run(["rm", "-rf", f"{build_dir}/"])
    # ok: bash-recursive-rm-unguarded-variable
    subprocess.run(f"rm -rf /var/tmp/build/{job}", shell=True)


def clean_checked(build_dir):
    if not build_dir or build_dir == "/":
        raise ValueError(build_dir)
    # ok: bash-recursive-rm-unguarded-variable
    subprocess.run(f"rm -rf {build_dir}/*", shell=True)
    # ok: bash-recursive-rm-unguarded-variable
    subprocess.run(["rm", "-rf", build_dir + "/"])


def clean_local():
    name = "cache"
    # ok: bash-recursive-rm-unguarded-variable
    subprocess.run(f"rm -rf {name}/*", shell=True)
