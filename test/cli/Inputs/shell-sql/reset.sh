#!/bin/bash
set -euo pipefail
psql "$DATABASE_URL" -c 'DROP TABLE sessions;'
psql -h db -c "DROP TABLE \"audit_log\";" --command='DROP TABLE tmp_import'
sudo -u postgres psql --command="DROP TABLE old_users" app
mysql -u root -e "DROP TABLE cache" app
psql app <<'SQL'
BEGIN;
DROP TABLE legacy_orders;
COMMIT;
SQL
psql app <<< "DROP TABLE here_string"
bash -c "psql -c 'DROP TABLE nested'"
# Not SQL handed to a client:
echo "DROP TABLE not_sql"
psql -f drop_tables.sql
psql -c "SELECT 1"
# psql's backslash commands are not SQL: no syntax-error notification for them.
psql -c '\dt'
psql app <<'SQL'
\set ON_ERROR_STOP on
DROP TABLE after_meta;
\q
SQL
