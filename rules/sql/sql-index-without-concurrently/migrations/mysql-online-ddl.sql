-- RUN: %blastradius test %s
-- MySQL: backticks, backslash escapes in strings, DELIMITER blocks, and ALGORITHM/LOCK as the
-- online-DDL guard (there is no CONCURRENTLY and no NOT VALID; DDL commits implicitly).
SET SESSION lock_wait_timeout = 10;

CREATE TABLE `audit` (`id` BIGINT AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;

-- ok: sql-drop-table, sql-delete-without-where
INSERT INTO `notes` VALUES ('it\'s; DROP TABLE users; DELETE FROM orders; --');

DELIMITER //
-- ok: sql-delete-without-where
CREATE PROCEDURE purge_sessions() BEGIN DELETE FROM sessions; END //
DELIMITER ;

-- ruleid: sql-drop-table
DROP TABLE `legacy_orders`;

-- ruleid: sql-delete-without-where
DELETE FROM `sessions`;

-- ruleid: sql-index-without-concurrently
CREATE INDEX idx_orders_user ON `orders` (`user_id`);

-- ok: sql-index-without-concurrently
CREATE INDEX idx_orders_status ON `orders` (`status`) ALGORITHM=INPLACE LOCK=NONE;

-- ruleid: sql-index-without-concurrently
DROP INDEX idx_orders_old ON `orders`;

-- ok: sql-index-without-concurrently
DROP INDEX idx_orders_older ON `orders` ALGORITHM=INPLACE LOCK=NONE;

-- ok: sql-index-without-concurrently
CREATE INDEX idx_audit_id ON `audit` (`id`);

-- ruleid: sql-alter-column-type
ALTER TABLE `orders` MODIFY `total` DECIMAL(12,2) NOT NULL, ALGORITHM=COPY;

-- ok: sql-alter-column-type
ALTER TABLE `orders` MODIFY `note` VARCHAR(255), ALGORITHM=INSTANT;
