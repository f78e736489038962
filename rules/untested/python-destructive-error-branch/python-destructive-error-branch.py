# RUN: %blastradius test %s
import shutil
import subprocess


def reset_database(db):
    db.execute("DROP TABLE users")


def migrate(db):
    try:
        db.execute("ALTER TABLE users ADD COLUMN age int")
    # ruleid: python-destructive-error-branch
    except Exception:
        reset_database(db)


def clean(path):
    try:
        build(path)
    # ruleid: python-destructive-error-branch
    except OSError:
        shutil.rmtree(path)


def deploy():
    try:
        subprocess.run(["terraform", "apply"], check=True)
    # ruleid: python-destructive-error-branch
    except subprocess.CalledProcessError:
        subprocess.run(["terraform", "destroy", "-auto-approve"], check=True)


def safe(path):
    try:
        build(path)
    # ok: python-destructive-error-branch
    except OSError:
        print("build failed")
        raise


def guarded(path):
    if path:
        # ok: python-destructive-error-branch
        shutil.rmtree(path)


def finally_only(path):
    try:
        build(path)
    finally:
        # ok: python-destructive-error-branch
        shutil.rmtree("/tmp/build-scratch")


def build(path):
    pass
