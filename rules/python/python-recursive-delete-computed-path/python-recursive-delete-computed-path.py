# RUN: %blastradius test %s
import glob
import os
import shutil as sh
import sys
import tempfile
from pathlib import Path
from shutil import rmtree

BUILD_DIR = "/var/tmp/build"
OUT = os.environ.get("OUT_DIR")


def clean(path):
    # ruleid: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_joined(root, name):
    target = os.path.join(root, name)
    # ruleid: python-recursive-delete-computed-path
    rmtree(target, ignore_errors=True)


def clean_env():
    # ruleid: python-recursive-delete-computed-path
    sh.rmtree(os.path.join(OUT, "cache"))


def clean_argv():
    # ruleid: python-recursive-delete-computed-path
    sh.rmtree(Path(sys.argv[1]) / "build")


def clean_input():
    answer = input("Directory to clean: ")
    # ruleid: python-recursive-delete-computed-path
    sh.rmtree(answer)


def purge_logs(log_root):
    for name in os.listdir(log_root):
        # ruleid: python-recursive-delete-computed-path
        os.remove(os.path.join(log_root, name))


def purge_walk(root):
    for dirpath, dirnames, filenames in os.walk(root):
        for f in filenames:
            # ruleid: python-recursive-delete-computed-path
            os.unlink(os.path.join(dirpath, f))


def purge_glob(pattern):
    for f in sorted(glob.glob(pattern)):
        # ruleid: python-recursive-delete-computed-path
        os.remove(f)


def purge_rglob(root):
    for p in Path(root).rglob("*.tmp"):
        # ruleid: python-recursive-delete-computed-path
        p.unlink()


def drop_dir(d):
    # ruleid: python-recursive-delete-computed-path
    Path(d).rmdir()


class Cleaner:
    def __init__(self, workdir):
        self.workdir = workdir

    def clean(self):
        # ruleid: python-recursive-delete-computed-path
        sh.rmtree(self.workdir)


def clean_if_exists(path):
    # Existing is not the same as being the right directory.
    if os.path.exists(path):
        # ruleid: python-recursive-delete-computed-path
        sh.rmtree(path)


# --- near misses -------------------------------------------------------------------------------


def clean_literal():
    # ok: python-recursive-delete-computed-path
    sh.rmtree("/var/tmp/build")
    # ok: python-recursive-delete-computed-path
    sh.rmtree(os.path.join(BUILD_DIR, "cache"))
    # ok: python-recursive-delete-computed-path
    sh.rmtree(Path(BUILD_DIR) / "dist")


def clean_checked(path):
    if not path:
        raise ValueError("empty path")
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_root_checked(path):
    if path in ("", "/"):
        sys.exit("refusing")
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_contained(path):
    real = os.path.realpath(path)
    if not real.startswith(BUILD_DIR + os.sep):
        return
    # ok: python-recursive-delete-computed-path
    sh.rmtree(real)


def clean_resolved_copy(path):
    real = os.path.realpath(path)
    if real == "/" or not real.startswith(BUILD_DIR):
        raise SystemExit("refusing to delete " + path)
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_if(path):
    if path and path != "/":
        # ok: python-recursive-delete-computed-path
        sh.rmtree(path)


def clean_relative(path):
    Path(path).resolve().relative_to(BUILD_DIR)
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_validated(path):
    validate_build_dir(path)
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_assert(path):
    assert Path(path).is_relative_to(BUILD_DIR)
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def clean_temporary():
    scratch = tempfile.mkdtemp()
    # ok: python-recursive-delete-computed-path
    sh.rmtree(scratch)


def remove_one(path):
    # A single file: not a recursive delete.
    # ok: python-recursive-delete-computed-path
    os.remove(path)


def purge_literal_root():
    for name in os.listdir("/var/tmp/build"):
        # ok: python-recursive-delete-computed-path
        os.remove(os.path.join("/var/tmp/build", name))
    for f in glob.glob("/tmp/blastradius-*.lock"):
        # ok: python-recursive-delete-computed-path
        os.remove(f)


def purge_checked_root(log_root):
    if not log_root or log_root == "/":
        raise SystemExit("bad root")
    for name in os.listdir(log_root):
        # ok: python-recursive-delete-computed-path
        os.remove(os.path.join(log_root, name))


def unrelated(cache):
    # A dict's pop and a list's remove are not file deletes.
    # ok: python-recursive-delete-computed-path
    cache.remove("x")
    d = Path("/var/tmp/x.lock")
    # ok: python-recursive-delete-computed-path
    d.unlink()


def clean_commonpath(path):
    if os.path.commonpath([BUILD_DIR, os.path.abspath(path)]) != BUILD_DIR:
        raise ValueError(path)
    # ok: python-recursive-delete-computed-path
    sh.rmtree(path)


def test_build(tmp_path):
    # pytest's tmp_path fixture is a fresh temporary directory.
    # ok: python-recursive-delete-computed-path
    sh.rmtree(tmp_path / "out")


def clean_known_dirs():
    for d in ["build", "dist", ".eggs"]:
        # ok: python-recursive-delete-computed-path
        sh.rmtree(d, ignore_errors=True)
