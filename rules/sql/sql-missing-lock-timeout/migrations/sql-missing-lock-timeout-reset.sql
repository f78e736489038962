-- RUN: %blastradius test %s
-- MySQL: lock_wait_timeout bounds the metadata-lock wait; RESET and DEFAULT switch a timeout off.
SET SESSION lock_wait_timeout = 5;

-- ok: sql-missing-lock-timeout
ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=INSTANT;

RESET lock_wait_timeout;
-- ruleid: sql-missing-lock-timeout
ALTER TABLE orders ADD INDEX idx_note (note(20)), ALGORITHM=INPLACE, LOCK=NONE;
