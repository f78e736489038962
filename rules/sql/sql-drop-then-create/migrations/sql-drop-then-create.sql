-- RUN: %blastradius test %s

DROP TABLE IF EXISTS users;
-- ruleid: sql-drop-then-create
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);

DROP TABLE public.orders;
-- ruleid: sql-drop-then-create
CREATE TABLE orders (id bigint PRIMARY KEY);

-- A scratch table dropped and made again holds nothing of value.
CREATE TABLE scratch (id int);
DROP TABLE scratch;
-- ok: sql-drop-then-create
CREATE TABLE scratch (id int);

-- ok: sql-drop-then-create
CREATE TABLE invoices (id bigint);

DROP VIEW IF EXISTS report;
-- ok: sql-drop-then-create
CREATE VIEW report AS SELECT 1;

-- DROP TABLE payments;
-- ok: sql-drop-then-create
CREATE TABLE payments (id bigint);

-- Once re-created, users is new: dropping and creating it again loses nothing more.
DROP TABLE users;
-- ok: sql-drop-then-create
CREATE TABLE users (id bigint PRIMARY KEY);
