-- RUN: %blastradius test %s
-- A Flyway migration (V2__*.sql under db/migrate/) that bounds its lock waits first.
SET LOCAL lock_timeout TO '2s';

-- ok: sql-missing-lock-timeout
ALTER TABLE users ADD COLUMN nickname text;

-- ok: sql-missing-lock-timeout
DROP INDEX CONCURRENTLY IF EXISTS idx_users_nickname;

-- ok: sql-drop-table
SELECT set_config('search_path', 'DROP TABLE users', false);

-- Switching the timeout off again leaves the next DDL unguarded.
SET lock_timeout = 0;
-- ruleid: sql-missing-lock-timeout, sql-drop-table
DROP TABLE old_users;
