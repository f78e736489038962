-- RUN: %blastradius test %s
SET lock_timeout = '5s';

BEGIN;
-- ruleid: sql-concurrently-in-transaction
CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);
-- ruleid: sql-concurrently-in-transaction
DROP INDEX CONCURRENTLY idx_orders_old;
SAVEPOINT before_reindex;
ROLLBACK TO SAVEPOINT before_reindex;
-- ruleid: sql-concurrently-in-transaction
REINDEX INDEX CONCURRENTLY idx_orders_status;
COMMIT;

START TRANSACTION;
-- ruleid: sql-concurrently-in-transaction
create index concurrently idx_users_email on users (email);
END;

-- ok: sql-concurrently-in-transaction
CREATE INDEX CONCURRENTLY idx_orders_created ON orders (created_at);

-- ok: sql-concurrently-in-transaction
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_legacy;

BEGIN;
ALTER TABLE orders ADD COLUMN note text;
ROLLBACK;
-- ok: sql-concurrently-in-transaction
CREATE INDEX CONCURRENTLY idx_orders_note ON orders (note);

-- A function body's BEGIN ... END is not a transaction.
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
-- ok: sql-concurrently-in-transaction
CREATE INDEX CONCURRENTLY idx_orders_updated ON orders (updated_at);

-- ok: sql-concurrently-in-transaction
-- BEGIN; CREATE INDEX CONCURRENTLY x ON y (z); COMMIT;
