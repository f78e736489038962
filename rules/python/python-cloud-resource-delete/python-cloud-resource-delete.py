# RUN: %blastradius test %s
import argparse
import sys

import boto3
from boto3.session import Session

s3 = boto3.client("s3")
cfn = boto3.client("cloudformation", region_name="eu-west-1")
rds = boto3.client("rds")
ec2 = boto3.client("ec2")
dynamodb = boto3.client("dynamodb")
s3r = boto3.resource("s3")
session = Session(profile_name="prod")


def teardown(bucket_name, stack_name):
    # ruleid: python-cloud-resource-delete
    s3.delete_bucket(Bucket=bucket_name)
    # ruleid: python-cloud-resource-delete
    cfn.delete_stack(StackName=stack_name)


def kill(ids):
    # ruleid: python-cloud-resource-delete
    ec2.terminate_instances(InstanceIds=ids)


def drop_db(name):
    # ruleid: python-cloud-resource-delete
    rds.delete_db_instance(DBInstanceIdentifier=name, SkipFinalSnapshot=True)
    # ruleid: python-cloud-resource-delete
    rds.delete_db_cluster(DBClusterIdentifier=name, FinalDBSnapshotIdentifier=name + "-final")


def drop_table(name):
    # ruleid: python-cloud-resource-delete
    dynamodb.delete_table(TableName=name)


def empty_bucket(name):
    bucket = s3r.Bucket(name)
    # ruleid: python-cloud-resource-delete
    bucket.objects.all().delete()
    # ruleid: python-cloud-resource-delete
    bucket.delete()


def via_session(name):
    client = session.client("s3")
    # ruleid: python-cloud-resource-delete
    client.delete_bucket(Bucket=name)
    # ruleid: python-cloud-resource-delete
    boto3.resource("s3").Bucket(name).object_versions.delete()


class Janitor:
    def __init__(self):
        self.cfn = boto3.client("cloudformation")

    def run(self, name):
        # ruleid: python-cloud-resource-delete
        self.cfn.delete_stack(StackName=name)


# --- near misses -------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--yes", action="store_true")
    args = parser.parse_args()
    if args.dry_run:
        print("would delete")
    else:
        # ok: python-cloud-resource-delete
        s3.delete_bucket(Bucket="old-logs")
    if not args.yes:
        sys.exit("re-run with --yes")
    # ok: python-cloud-resource-delete
    cfn.delete_stack(StackName="old-stack")


def confirmed(name):
    confirm = input(f"Type the stack name to delete {name}: ")
    if confirm == name:
        # ok: python-cloud-resource-delete
        cfn.delete_stack(StackName=name)


def asked(name):
    if input("Delete the table? [yes/no] ") != "yes":
        return
    # ok: python-cloud-resource-delete
    dynamodb.delete_table(TableName=name)


def permission_check(ids):
    # DryRun=True only checks the caller's permissions.
    # ok: python-cloud-resource-delete
    ec2.terminate_instances(InstanceIds=ids, DryRun=True)


def one_object(key):
    # One key, not the bucket.
    # ok: python-cloud-resource-delete
    s3.delete_object(Bucket="logs", Key=key)
    # ok: python-cloud-resource-delete
    s3r.Object("logs", key).delete()
    # ok: python-cloud-resource-delete
    s3r.Bucket("logs").Object(key).delete()


class LocalStore:
    def delete_table(self, name):
        pass


def unrelated(store, tables):
    # Objects that are not boto3 clients.
    # ok: python-cloud-resource-delete
    store.delete_table("sessions")
    # ok: python-cloud-resource-delete
    tables.delete_bucket("x")
    local = LocalStore()
    # ok: python-cloud-resource-delete
    local.delete_table("cache")


def reads_only(name):
    # ok: python-cloud-resource-delete
    s3.list_objects_v2(Bucket=name)
    # ok: python-cloud-resource-delete
    cfn.describe_stacks(StackName=name)


def guarded_force(name, force=False):
    if force:
        # ok: python-cloud-resource-delete
        rds.delete_db_instance(DBInstanceIdentifier=name, SkipFinalSnapshot=True)
