-- What a SKU costs in a country's shops (TMF620 product offering price, one-off), in minor
-- units of the country's currency: every shop of a country sells at its country's price.
CREATE TABLE sku_prices (
    sku      TEXT NOT NULL REFERENCES skus(id),
    country  TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount   BIGINT NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (sku, country)
);

-- The unit price a reservation was made at, paid in the shop on collection: the receipt keeps
-- it when the price changes. Empty for reservations made before prices were known.
ALTER TABLE reservations ADD COLUMN unit_price BIGINT;
ALTER TABLE reservations ADD COLUMN currency TEXT;
