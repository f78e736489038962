-- RUN: %blastradius test %s
SET lock_timeout = '5s';

-- ruleid: sql-set-not-null
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- ruleid: sql-set-not-null
ALTER TABLE orders ALTER user_id SET NOT NULL, ALTER COLUMN total DROP DEFAULT;

-- A NOT VALID check that is never validated proves nothing.
ALTER TABLE orders ADD CONSTRAINT orders_region_nn CHECK (region IS NOT NULL) NOT VALID;
-- ruleid: sql-set-not-null
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;

-- The safe pattern: a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan.
ALTER TABLE users ADD CONSTRAINT users_tenant_nn CHECK (tenant_id IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_tenant_nn;
-- ok: sql-set-not-null
ALTER TABLE users ALTER COLUMN tenant_id SET NOT NULL;

-- ok: sql-set-not-null
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;

-- ok: sql-set-not-null
ALTER TABLE users ALTER COLUMN email SET DEFAULT '';

CREATE TABLE tags (id bigint, name text);
-- ok: sql-set-not-null
ALTER TABLE tags ALTER COLUMN name SET NOT NULL;

-- ok: sql-set-not-null
-- ALTER TABLE users ALTER COLUMN email SET NOT NULL;
