-- A migration with a statement no grammar can parse in the middle: the statements before and
-- after it are still judged, one by one, and the syntax error is a notification.
DELETE FROM sessions;

CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  -- DROP TABLE users; inside a dollar-quoted body is not a statement
  INSERT INTO audit_log VALUES ('TRUNCATE users;');
  RETURN NEW;
END;
$body$;

CREATE FROBNICATOR widgets WITH ((( this is not sql ;

ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
TRUNCATE audit_log;
UPDATE accounts SET flagged = true;
