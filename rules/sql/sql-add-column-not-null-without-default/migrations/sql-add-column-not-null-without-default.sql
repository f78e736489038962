-- RUN: %blastradius test %s
SET lock_timeout = '5s';

-- ruleid: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;

ALTER TABLE orders
  ADD COLUMN note text,
  -- ruleid: sql-add-column-not-null-without-default
  ADD COLUMN IF NOT EXISTS region varchar(8) NOT NULL REFERENCES regions (code);

-- MySQL form without the COLUMN keyword.
-- ruleid: sql-add-column-not-null-without-default
ALTER TABLE accounts ADD plan_id INT NOT NULL AFTER id;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN nickname text NULL;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN nickname2 text;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now() NOT NULL;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN legacy_id bigserial NOT NULL;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD COLUMN full_name text NOT NULL GENERATED ALWAYS AS (first || ' ' || last) STORED;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE users ADD CONSTRAINT users_tenant_nn CHECK (tenant_id IS NOT NULL) NOT VALID;

-- ok: sql-add-column-not-null-without-default
ALTER TABLE accounts ADD COLUMN score INT NOT NULL, ALGORITHM=INSTANT;

CREATE TABLE teams (id bigint PRIMARY KEY);
-- ok: sql-add-column-not-null-without-default
ALTER TABLE teams ADD COLUMN owner_id bigint NOT NULL;
