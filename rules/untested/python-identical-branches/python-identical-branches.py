# RUN: %blastradius test %s
import shutil


def clean(path, dry_run):
    # ruleid: python-identical-branches
    if dry_run:
        shutil.rmtree(path)
    else:
        shutil.rmtree(path)


def clean_safely(path, dry_run):
    # ok: python-identical-branches
    if dry_run:
        print("would delete", path)
    else:
        shutil.rmtree(path)


def noop(path, dry_run):
    # ok: python-identical-branches
    if dry_run:
        print(path)
    else:
        print(path)


def try_else(path):
    try:
        shutil.rmtree(path)
    except OSError:
        raise
    # ok: python-identical-branches
    else:
        shutil.rmtree(path)
