-- the orders archive is gone
DROP TABLE orders_archive;
