-- Store locator, stock and reservations for in-store collection: shops as TMF674 geographic
-- sites, the gazetteer that turns a typed town or postcode into coordinates, the product
-- catalogue of what shops stock, stock per shop (TMF687 product stock) and reservations.

-- A country, town, district or postcode of the gazetteer. `folded` is the name without case,
-- diacritics or punctuation (see `text::fold`), what suggestions match against.
CREATE TABLE places (
    id       TEXT PRIMARY KEY,
    country  TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('country', 'town', 'district', 'postcode')),
    name     TEXT NOT NULL,
    -- The town a district or postcode belongs to, for display.
    parent   TEXT,
    folded   TEXT NOT NULL,
    lat      DOUBLE PRECISION NOT NULL,
    lon      DOUBLE PRECISION NOT NULL,
    -- Larger towns first among equal matches.
    rank     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX places_folded ON places(folded);

CREATE TABLE stores (
    id        TEXT PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    country   TEXT NOT NULL,
    name      TEXT NOT NULL,
    street    TEXT NOT NULL,
    postcode  TEXT NOT NULL,
    city      TEXT NOT NULL,
    phone     TEXT NOT NULL,
    lat       DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon       DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
    -- floor(lat × 10): with `lon`, the spatial index. A search reads the bands its bounding
    -- box covers and, in each, the range of longitudes (see `stores::near`).
    lat_band  BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    -- The weekly hours: `1 0900-1900,5 0900-1230 1400-1900`; ISO weekday, periods in local
    -- time, an end past 2400 runs into the next day (see `hours::Week`).
    hours     TEXT NOT NULL,
    -- Bit set of services (see `stores::SERVICES`).
    services  BIGINT NOT NULL DEFAULT 0,
    -- Whether the shop shows how many units it has (else only in stock / few left).
    show_quantity BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX stores_band_lon ON stores(lat_band, lon);

-- Days a shop keeps other hours than its week: public holidays of its country, and its own
-- exceptional closures or hours (which win over the holiday).
CREATE TABLE holidays (
    country TEXT NOT NULL,
    day     TEXT NOT NULL,
    name    TEXT NOT NULL,
    PRIMARY KEY (country, day)
);
CREATE TABLE store_exceptions (
    store_id TEXT NOT NULL REFERENCES stores(id),
    day      TEXT NOT NULL,
    -- Periods as in `stores.hours` without the weekday; empty: closed all day.
    hours    TEXT NOT NULL,
    PRIMARY KEY (store_id, day)
);

-- Products shops sell and customers may reserve: a product has variants (colour, storage),
-- each a SKU with its own stock.
CREATE TABLE products (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('device', 'sim', 'accessory')),
    brand   TEXT NOT NULL,
    name    TEXT NOT NULL,
    folded  TEXT NOT NULL,
    sort    BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE skus (
    id         TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products(id),
    colour     TEXT,
    storage_gb BIGINT,
    -- At most this many units of the SKU held by one customer's active reservations.
    max_per_customer BIGINT NOT NULL DEFAULT 2
);
CREATE INDEX skus_product ON skus(product_id);

-- TMF687 product stock: units on hand that no reservation holds. A reservation takes units
-- with a guarded decrement (`available >= n`), so the level never goes below zero.
CREATE TABLE stock (
    store_id  TEXT NOT NULL REFERENCES stores(id),
    sku       TEXT NOT NULL REFERENCES skus(id),
    available BIGINT NOT NULL CHECK (available >= 0),
    PRIMARY KEY (store_id, sku)
);
CREATE INDEX stock_sku ON stock(sku, store_id);

-- TMF687 reserve-product-stock: units held for a customer until `hold_until`. Leaving
-- `active` (cancelled, expired, collected) happens once, by a guarded update, and gives the
-- units back in the same transaction.
CREATE TABLE reservations (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    store_id        TEXT NOT NULL REFERENCES stores(id),
    sku             TEXT NOT NULL REFERENCES skus(id),
    quantity        BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 5),
    code            TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL CHECK (state IN ('active', 'cancelled', 'expired', 'collected')),
    created_at      TEXT NOT NULL,
    hold_until      TEXT NOT NULL,
    ended_at        TEXT,
    channel         TEXT NOT NULL,
    UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX reservations_customer ON reservations(customer_id, state);
CREATE INDEX reservations_expiry ON reservations(state, hold_until);

-- Units of a SKU one customer holds in active reservations, kept beside them: the limit per
-- customer is a guarded upsert (`held + n <= max`), safe when the same customer reserves
-- twice at the same moment.
CREATE TABLE reservation_holds (
    customer_id TEXT NOT NULL,
    sku         TEXT NOT NULL,
    held        BIGINT NOT NULL CHECK (held >= 0),
    PRIMARY KEY (customer_id, sku)
);
