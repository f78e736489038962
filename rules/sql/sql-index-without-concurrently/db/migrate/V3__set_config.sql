-- RUN: %blastradius test %s
-- set_config() is a SET; statement_timeout bounds the wait too. The goose markers split the file:
-- the Down section is the rollback, where the lock rules do not apply and destructive findings
-- are notes.
-- +goose Up
SELECT set_config('statement_timeout', '10s', true);

-- ok: sql-index-without-concurrently, sql-drop-column
ALTER TABLE users ADD COLUMN city text, ADD CONSTRAINT users_city_key UNIQUE USING INDEX users_city_idx;

-- ruleid: sql-index-without-concurrently
CREATE INDEX idx_users_city ON users (city);

-- +goose Down
-- ok: sql-index-without-concurrently
DROP INDEX idx_users_city;
-- ruleid: sql-drop-column
ALTER TABLE users DROP COLUMN city;
