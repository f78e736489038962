-- RUN: %blastradius test %s
SET lock_timeout = '5s';

-- ruleid: sql-rename
ALTER TABLE users RENAME COLUMN email TO email_address;

-- ruleid: sql-rename
ALTER TABLE orders RENAME TO purchases;

-- PostgreSQL: COLUMN is optional.
-- ruleid: sql-rename
ALTER TABLE accounts RENAME balance TO balance_cents;

-- MySQL.
-- ruleid: sql-rename
RENAME TABLE invoices TO bills;

-- ruleid: sql-rename
ALTER TABLE products CHANGE COLUMN descr description TEXT;

-- ok: sql-rename
ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_address_key;

-- ok: sql-rename
ALTER INDEX idx_users_email RENAME TO idx_users_email_address;

-- ok: sql-rename
ALTER TABLE products CHANGE COLUMN price price DECIMAL(10,2), ALGORITHM=INPLACE, LOCK=NONE;

-- Build and swap: the new table is renamed into place.
CREATE TABLE users_new (id bigint PRIMARY KEY);
-- ok: sql-rename
ALTER TABLE users_new RENAME COLUMN id TO user_id;

-- ok: sql-rename
-- ALTER TABLE users RENAME TO people;
