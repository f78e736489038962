-- RUN: %blastradius test %s
-- No lock_timeout: the first statement that locks an existing table is reported, once.

-- ok: sql-missing-lock-timeout
CREATE TABLE audit (id bigint PRIMARY KEY);

-- ok: sql-missing-lock-timeout
CREATE INDEX idx_audit_id ON audit (id);

-- ok: sql-missing-lock-timeout
CREATE INDEX CONCURRENTLY idx_users_created ON users (created_at);

-- ok: sql-missing-lock-timeout
SET lock_timeout = 0;

-- ruleid: sql-missing-lock-timeout
ALTER TABLE users ADD COLUMN nickname text;

-- ok: sql-missing-lock-timeout
ALTER TABLE users ADD COLUMN bio text;
