# RUN: %blastradius test %s
"""An Alembic migration, a Django migration and SQLAlchemy schema code in one sample."""
import sqlalchemy as sa
from alembic import op
from django.db import migrations, models
from sqlalchemy import MetaData
from sqlalchemy.orm import declarative_base

revision = "b2f1"
down_revision = "a1e0"


def upgrade():
    op.add_column("orders", sa.Column("note", sa.Text()))
    # ruleid: python-migration-drop
    op.drop_column("orders", "legacy_state")
    # ruleid: python-migration-drop
    op.drop_table("order_archive")
    with op.batch_alter_table("users") as batch_op:
        # ruleid: python-migration-drop
        batch_op.drop_column("password_md5")
        # ok: python-migration-drop
        batch_op.add_column(sa.Column("password_hash", sa.String(200)))


def downgrade():
    # Dropping what upgrade() created is the downgrade's job.
    # ok: python-migration-drop
    op.drop_column("orders", "note")
    # ok: python-migration-drop
    op.drop_table("order_notes")


def upgrade_reporting():
    # ruleid: python-migration-drop
    op.drop_table("daily_totals")
    # ok: python-migration-drop
    op.drop_index("ix_orders_created")
    # ok: python-migration-drop
    op.create_table("weekly_totals", sa.Column("id", sa.Integer, primary_key=True))


class Migration(migrations.Migration):
    dependencies = [("shop", "0041_order_note")]

    operations = [
        # ruleid: python-migration-drop
        migrations.RemoveField(model_name="order", name="legacy_state"),
        # ruleid: python-migration-drop
        migrations.DeleteModel(name="OrderArchive"),
        # ok: python-migration-drop
        migrations.AddField(model_name="order", name="note", field=models.TextField(default="")),
        # ok: python-migration-drop
        migrations.RenameModel("Basket", "Cart"),
        migrations.SeparateDatabaseAndState(
            # Only Django's model state: the column stays in the database.
            # ok: python-migration-drop
            state_operations=[migrations.RemoveField(model_name="order", name="coupon")],
        ),
    ]


Base = declarative_base()
metadata = MetaData()
engine = sa.create_engine("postgresql://db/shop")


def reset_schema():
    # ruleid: python-migration-drop
    Base.metadata.drop_all(engine)
    # ruleid: python-migration-drop
    metadata.drop_all(bind=engine)


def reset_for_tests(settings):
    if settings.TESTING:
        # ok: python-migration-drop
        Base.metadata.drop_all(engine)


def reset_confirmed(args):
    if not args.yes:
        return
    # ok: python-migration-drop
    metadata.drop_all(engine)


def unrelated(cache, widgets):
    # ok: python-migration-drop
    cache.drop_all()
    # ok: python-migration-drop
    widgets.drop_table("x")
    # ok: python-migration-drop
    Base.metadata.create_all(engine)


def upgrade_safe():
    # Creating and altering are not drops.
    # ok: python-migration-drop
    op.alter_column("orders", "state", nullable=True)
    # ok: python-migration-drop
    op.rename_table("carts", "baskets")
    # ok: python-migration-drop
    op.drop_constraint("fk_orders_users", "orders")


class DataMigration(migrations.Migration):
    operations = [
        # ok: python-migration-drop
        migrations.AlterField(model_name="order", name="note", field=models.TextField(blank=True)),
        # ok: python-migration-drop
        migrations.RemoveIndex(model_name="order", name="order_created_idx"),
    ]
