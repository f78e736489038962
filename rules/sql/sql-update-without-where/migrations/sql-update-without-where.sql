-- RUN: %blastradius test %s

-- ruleid: sql-update-without-where
UPDATE accounts SET balance = 0;

-- The WHERE belongs to the subquery, not to the UPDATE.
-- ruleid: sql-update-without-where
UPDATE users SET plan = (SELECT name FROM plans WHERE is_default);

-- ruleid: sql-update-without-where
UPDATE orders SET status = 'archived' FROM (SELECT 1 WHERE false) AS s;

-- ok: sql-update-without-where
UPDATE accounts SET balance = 0 WHERE closed_at IS NOT NULL;

-- ok: sql-update-without-where
UPDATE users u SET plan = p.name FROM plans p WHERE p.id = u.plan_id;

-- MySQL: the join restricts the rows.
-- ok: sql-update-without-where
UPDATE users u JOIN plans p ON p.id = u.plan_id SET u.plan = p.name;

CREATE TABLE backfill (id bigint, done boolean);
-- ok: sql-update-without-where
UPDATE backfill SET done = false;

-- ok: sql-update-without-where
-- UPDATE users SET admin = true;

-- ok: sql-update-without-where
INSERT INTO users (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET seen = now();

-- A backfill of a column this migration added overwrites nothing but its default.
ALTER TABLE users ADD COLUMN display_name text;
-- ok: sql-update-without-where
UPDATE users SET display_name = first_name || ' ' || last_name;

-- ok: sql-update-without-where
UPDATE public.users SET users.display_name = upper(display_name);

-- One assigned column existed before: its values are overwritten.
-- ruleid: sql-update-without-where
UPDATE users SET display_name = NULL, first_name = '';

-- ruleid: sql-update-without-where
UPDATE users SET (display_name, first_name) = ('', '');
