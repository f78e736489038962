-- RUN: %blastradius test %s
SET lock_timeout = '5s';

-- ruleid: sql-constraint-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);

-- ruleid: sql-constraint-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);

-- ruleid: sql-constraint-without-not-valid
ALTER TABLE orders ADD FOREIGN KEY (region) REFERENCES regions (code) ON DELETE CASCADE;

-- ok: sql-constraint-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;

-- ok: sql-constraint-without-not-valid
ALTER TABLE orders VALIDATE CONSTRAINT orders_coupon_fk;

-- ok: sql-constraint-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_qty CHECK (qty > 0) NOT VALID;

-- ok: sql-constraint-without-not-valid
ALTER TABLE orders DROP CONSTRAINT orders_old_fk;

-- ok: sql-constraint-without-not-valid
ALTER TABLE orders ADD COLUMN shop_id bigint REFERENCES shops (id);

CREATE TABLE line_items (id bigint, order_id bigint);
-- ok: sql-constraint-without-not-valid
ALTER TABLE line_items ADD CONSTRAINT line_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

-- MySQL online DDL.
-- ok: sql-constraint-without-not-valid
ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id), ALGORITHM=INPLACE, LOCK=NONE;
