-- RUN: %blastradius test %s

-- ruleid: sql-truncate
TRUNCATE audit_log;

-- ruleid: sql-truncate
TRUNCATE TABLE ONLY sessions, tokens RESTART IDENTITY CASCADE;

CREATE UNLOGGED TABLE load_buffer (line text);
-- ok: sql-truncate
TRUNCATE load_buffer;

-- ok: sql-truncate
-- TRUNCATE users;

-- ok: sql-truncate
SELECT 'TRUNCATE users';

-- ok: sql-truncate
DELETE FROM sessions WHERE expires_at < now();
