-- RUN: %blastradius test %s

-- ruleid: sql-drop-schema-or-database
DROP SCHEMA billing CASCADE;

-- ruleid: sql-drop-schema-or-database
DROP DATABASE IF EXISTS analytics;

-- ruleid: sql-drop-schema-or-database
DROP SCHEMA IF EXISTS reporting;

CREATE SCHEMA scratch;
-- ok: sql-drop-schema-or-database
DROP SCHEMA scratch CASCADE;

-- ok: sql-drop-schema-or-database
-- DROP DATABASE production;

-- ok: sql-drop-schema-or-database
SELECT 'DROP SCHEMA public CASCADE';

-- ok: sql-drop-schema-or-database
DROP OWNED BY old_role;

-- ok: sql-drop-schema-or-database
CREATE SCHEMA IF NOT EXISTS audit;
