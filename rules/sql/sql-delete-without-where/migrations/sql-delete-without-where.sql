-- RUN: %blastradius test %s

-- ruleid: sql-delete-without-where
DELETE FROM sessions;

-- A WHERE in a subquery does not guard the outer DELETE.
-- ruleid: sql-delete-without-where
DELETE FROM orders USING (SELECT id FROM users WHERE banned) AS b;

-- ruleid: sql-delete-without-where
DELETE FROM tokens WHERE true;

-- ruleid: sql-delete-without-where
DELETE FROM carts WHERE 1 = 1;

-- A data-modifying CTE deletes as much.
-- ruleid: sql-delete-without-where
WITH gone AS (DELETE FROM notifications RETURNING id)
SELECT count(*) FROM gone;

-- ok: sql-delete-without-where
DELETE FROM sessions WHERE expires_at < now();

-- ok: sql-delete-without-where
DELETE FROM orders WHERE user_id IN (SELECT id FROM users WHERE banned);

-- ok: sql-delete-without-where
DELETE FROM orders o
USING users u
WHERE o.user_id = u.id AND u.banned;

-- ok: sql-delete-without-where
WITH old AS (SELECT id FROM events WHERE created_at < now() - interval '1 year')
DELETE FROM events WHERE id IN (SELECT id FROM old);

-- MySQL multi-table delete: the join restricts the rows.
-- ok: sql-delete-without-where
DELETE o FROM orders o INNER JOIN users u ON o.user_id = u.id;

CREATE TABLE staging_rows (id bigint);
-- ok: sql-delete-without-where
DELETE FROM staging_rows;

-- ok: sql-delete-without-where
-- DELETE FROM users;

-- ok: sql-delete-without-where
SELECT 'DELETE FROM users' AS example;

-- ok: sql-delete-without-where
DELETE FROM jobs WHERE CURRENT OF job_cursor;
