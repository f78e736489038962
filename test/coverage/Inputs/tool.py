# Run with one argument: purge() is never called, clean() once.
import os
import shutil
import sys


def purge(path):
    shutil.rmtree(path)


def clean(path):
    shutil.rmtree(os.path.join(path, "cache"), ignore_errors=True)


if __name__ == "__main__":
    clean(sys.argv[1])
