-- RUN: %blastradius test %s
SET lock_timeout = '5s';

-- ruleid: sql-alter-column-type
ALTER TABLE events ALTER COLUMN id TYPE bigint;

-- ruleid: sql-alter-column-type
ALTER TABLE events ALTER COLUMN payload SET DATA TYPE jsonb USING payload::jsonb;

-- MySQL: MODIFY rebuilds the table with a copy.
-- ruleid: sql-alter-column-type
ALTER TABLE orders MODIFY COLUMN total DECIMAL(12,2) NOT NULL;

-- ruleid: sql-alter-column-type
ALTER TABLE orders CHANGE status status VARCHAR(32);

-- ok: sql-alter-column-type
ALTER TABLE orders MODIFY COLUMN note VARCHAR(500), ALGORITHM=INPLACE, LOCK=NONE;

-- ok: sql-alter-column-type
ALTER TABLE events ALTER COLUMN payload SET DEFAULT '{}';

-- ok: sql-alter-column-type
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 500;

CREATE TABLE metrics (id int, value real);
-- ok: sql-alter-column-type
ALTER TABLE metrics ALTER COLUMN value TYPE double precision;

-- ok: sql-alter-column-type
CREATE TYPE mood AS ENUM ('sad', 'ok');

-- ok: sql-alter-column-type
ALTER TYPE mood ADD VALUE 'happy';
