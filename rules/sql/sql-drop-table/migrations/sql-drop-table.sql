-- RUN: %blastradius test %s
-- A migration that drops tables it did not create, next to near-misses that stay silent.

-- ruleid: sql-drop-table
DROP TABLE legacy_orders;

-- ruleid: sql-drop-table
DROP TABLE IF EXISTS public.audit_log CASCADE;

-- ruleid: sql-drop-table
drop table sessions, "UserTokens";

-- A scratch table created by this migration holds nothing of value.
CREATE TABLE import_staging (id bigint, payload jsonb);
-- ok: sql-drop-table
DROP TABLE import_staging;

CREATE TEMP TABLE tmp_ids (id bigint);
-- ok: sql-drop-table
DROP TABLE tmp_ids;

-- ok: sql-drop-table
-- DROP TABLE users;  (a comment that mentions it)

-- ok: sql-drop-table
INSERT INTO audit (note) VALUES ('DROP TABLE users;');

-- ok: sql-drop-table
CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'DROP TABLE users'; END $$;

-- ok: sql-drop-table
DROP VIEW IF EXISTS active_users;

-- ok: sql-drop-table
DROP INDEX CONCURRENTLY IF EXISTS idx_users_email;

/* A block comment: DROP TABLE users; DROP TABLE orders; */
-- ok: sql-drop-table
SELECT 'DROP TABLE x' AS "DROP TABLE y";

-- IF NOT EXISTS may have found the table already there, with its rows.
CREATE TABLE IF NOT EXISTS events (id bigint);
-- ruleid: sql-drop-table
DROP TABLE events;

-- MySQL: a temporary table is the session's own.
-- ok: sql-drop-table
DROP TEMPORARY TABLE IF EXISTS tmp_report;
