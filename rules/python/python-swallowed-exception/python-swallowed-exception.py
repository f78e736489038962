# RUN: %blastradius test %s
import logging
import os
import shutil
import subprocess

import boto3
import requests

log = logging.getLogger(__name__)
s3 = boto3.client("s3")


def cleanup(path):
    try:
        shutil.rmtree(path)
    # ruleid: python-swallowed-exception
    except:
        pass


def deploy():
    try:
        subprocess.run(["kubectl", "apply", "-f", "k8s/"], check=True)
    # ruleid: python-swallowed-exception
    except Exception:
        pass


def upload(key, body):
    try:
        s3.put_object(Bucket="reports", Key=key, Body=body)
    # ruleid: python-swallowed-exception
    except Exception as error:
        ...


def save(conn, rows):
    try:
        conn.executemany("INSERT INTO t VALUES (?)", rows)
        conn.commit()
    # ruleid: python-swallowed-exception
    except BaseException:
        pass


def purge(paths):
    for p in paths:
        try:
            os.remove(p)
        # ruleid: python-swallowed-exception
        except (OSError, Exception):
            continue


def notify(url):
    try:
        requests.post(url, json={"status": "done"})
    # ruleid: python-swallowed-exception
    except:  # noqa: E722
        pass


# --- near misses -------------------------------------------------------------------------------


def remove_lock(path):
    try:
        os.remove(path)
    # A decision about one expected failure.
    # ok: python-swallowed-exception
    except FileNotFoundError:
        pass


def cleanup_logged(path):
    try:
        shutil.rmtree(path)
    # ok: python-swallowed-exception
    except Exception:
        log.exception("could not delete %s", path)


def deploy_reraised():
    try:
        subprocess.run(["make", "deploy"], check=True)
    # ok: python-swallowed-exception
    except Exception:
        log.error("deploy failed")
        raise


def upload_flagged(key, body):
    ok = True
    try:
        s3.put_object(Bucket="reports", Key=key, Body=body)
    # ok: python-swallowed-exception
    except Exception:
        ok = False
    return ok


def read_config(path):
    # Nothing changes state in the try body.
    try:
        with open(path) as f:
            return f.read()
    # ok: python-swallowed-exception
    except Exception:
        pass


def parse(value):
    try:
        return int(value)
    # ok: python-swallowed-exception
    except:
        pass


def in_memory(items, cache):
    try:
        items.remove("x")
        cache.update({"a": 1})
    # ok: python-swallowed-exception
    except Exception:
        pass


def returns_value(path):
    try:
        os.unlink(path)
    # ok: python-swallowed-exception
    except Exception:
        return False
    return True


def specific_tuple(path):
    try:
        os.rmdir(path)
    # ok: python-swallowed-exception
    except (FileNotFoundError, OSError):
        pass


def nested_definition():
    try:
        def later():
            os.remove("/tmp/x")
        register(later)
    # ok: python-swallowed-exception
    except Exception:
        pass


def optional_import():
    try:
        import yaml  # noqa: F401
    # ok: python-swallowed-exception
    except ImportError:
        pass


def reports_warning(path):
    try:
        os.remove(path)
    # ok: python-swallowed-exception
    except Exception as error:
        print(f"could not remove {path}: {error}")


def string_work(text):
    try:
        text = text.replace("a", "b").strip()
    # ok: python-swallowed-exception
    except Exception:
        pass
    return text


def only_reads(client):
    try:
        client.describe_instances()
        client.get_object(Bucket="b", Key="k")
    # ok: python-swallowed-exception
    except Exception:
        pass


def finally_only(path):
    try:
        shutil.rmtree(path)
    # ok: python-swallowed-exception
    finally:
        log.info("done")


def handled_then_pass(path):
    try:
        os.remove(path)
    # ok: python-swallowed-exception
    except OSError:
        pass
    # ok: python-swallowed-exception
    except Exception:
        log.warning("unexpected")
