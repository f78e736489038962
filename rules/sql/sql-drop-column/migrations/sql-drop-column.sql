-- RUN: %blastradius test %s
SET lock_timeout = '3s';

-- ruleid: sql-drop-column
ALTER TABLE users DROP COLUMN legacy_email;

ALTER TABLE users
  ADD COLUMN nickname text,
  -- ruleid: sql-drop-column
  DROP COLUMN IF EXISTS middle_name CASCADE;

-- PostgreSQL and MySQL accept DROP without COLUMN.
-- ruleid: sql-drop-column
ALTER TABLE accounts DROP balance_cents;

-- ok: sql-drop-column
ALTER TABLE users DROP CONSTRAINT users_email_key;

-- ok: sql-drop-column
ALTER TABLE users ALTER COLUMN nickname DROP DEFAULT;

-- ok: sql-drop-column
ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;

-- ok: sql-drop-column
ALTER TABLE orders DROP INDEX idx_orders_user, ALGORITHM=INPLACE, LOCK=NONE;

-- ok: sql-drop-column
ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, tenant_id);

CREATE TABLE drafts (id bigint, body text, tmp int);
-- ok: sql-drop-column
ALTER TABLE drafts DROP COLUMN tmp;

-- ok: sql-drop-column
COMMENT ON COLUMN users.nickname IS 'ALTER TABLE users DROP COLUMN nickname later';
