import subprocess
from alembic import op
from django.db import migrations
from sqlalchemy import text

subprocess.run("rm -rf $DIR/*", shell=True)
subprocess.run("echo \"a\\tb\"; rm -rf $ESCAPED/*", shell=True)
subprocess.run("set -e\n"
               "rm -rf $SPLIT/", shell=True)
subprocess.run("""
    cd /srv
    rm -rf "$TRIPLE/"*
""", shell=True)
subprocess.run(["sh", "-c", 'rm -rf $LISTED/'])
subprocess.run(["rm", "-rf", "it's", "/srv/$LITERAL/"])


def upgrade():
    op.execute("DROP TABLE legacy_orders")


class Migration(migrations.Migration):
    operations = [
        migrations.RunSQL(
            "ALTER TABLE t ADD COLUMN x int;"
            " DROP TABLE old_t;",
            reverse_sql="CREATE TABLE old_t (id int);",
        ),
    ]


def purge(conn):
    conn.execute(text("DROP TABLE sessions"))
