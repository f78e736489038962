-- RUN: %blastradius test %s
SET lock_timeout = '5s';

-- ruleid: sql-index-without-concurrently
CREATE INDEX idx_orders_user ON orders (user_id);

-- ruleid: sql-index-without-concurrently
CREATE UNIQUE INDEX IF NOT EXISTS idx_users_email ON public.users USING btree (lower(email));

-- ruleid: sql-index-without-concurrently
DROP INDEX idx_orders_created;

-- ruleid: sql-index-without-concurrently
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- MySQL: without LOCK=NONE the server may block writes.
-- ruleid: sql-index-without-concurrently
ALTER TABLE orders ADD INDEX idx_status (status);

-- ok: sql-index-without-concurrently
CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);

-- ok: sql-index-without-concurrently
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_paid ON orders (paid_at) WHERE paid_at IS NOT NULL;

-- ok: sql-index-without-concurrently
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_legacy;

-- A unique constraint attached to an index built concurrently.
CREATE UNIQUE INDEX CONCURRENTLY users_handle_idx ON users (handle);
-- ok: sql-index-without-concurrently
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE USING INDEX users_handle_idx;

-- MySQL online DDL: the server refuses rather than block writes.
-- ok: sql-index-without-concurrently
ALTER TABLE orders ADD INDEX idx_user (user_id), ALGORITHM=INPLACE, LOCK=NONE;

-- ok: sql-index-without-concurrently
CREATE INDEX idx_orders_region ON orders (region) ALGORITHM=INPLACE LOCK=NONE;

-- A new table is empty: no lock concern.
CREATE TABLE invoices (id bigint PRIMARY KEY, user_id bigint, total numeric);
-- ok: sql-index-without-concurrently
CREATE INDEX idx_invoices_user ON invoices (user_id);
-- ok: sql-index-without-concurrently
ALTER TABLE invoices ADD CONSTRAINT invoices_total_key UNIQUE (total);
-- ok: sql-index-without-concurrently
DROP INDEX idx_invoices_user;

-- ok: sql-index-without-concurrently
-- CREATE INDEX idx ON users (email);

-- ok: sql-index-without-concurrently
SELECT 'CREATE INDEX idx ON users (email)';
