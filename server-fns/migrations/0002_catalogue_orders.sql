-- Tariff change and add-ons: the product catalogue (TMF620) with localised texts, per-country
-- rules, product orders (TMF622) with their state history, and the audit trail.

-- Who the customer is for eligibility: market segment and overdue bills (TMF678).
ALTER TABLE customers ADD COLUMN segment TEXT NOT NULL DEFAULT 'consumer';
ALTER TABLE customers ADD COLUMN overdue_amount BIGINT NOT NULL DEFAULT 0;

-- The offering a line's product comes from, the day of its last tariff change, and a version
-- bumped by every change: a change commits only if the version is still the one it read.
ALTER TABLE lines ADD COLUMN offering_id TEXT;
ALTER TABLE lines ADD COLUMN last_change_date TEXT;
ALTER TABLE lines ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- The line whose plan a bucket is the allowance of (NULL for shared allowances and add-ons).
ALTER TABLE buckets ADD COLUMN plan_line_id TEXT;
CREATE INDEX buckets_plan_line ON buckets(plan_line_id, usage_type);

CREATE TABLE offerings (
    id            TEXT PRIMARY KEY,
    country       TEXT NOT NULL,
    is_addon      BIGINT NOT NULL,
    payment       TEXT NOT NULL CHECK (payment IN ('prepaid', 'postpaid')),
    segment       TEXT NOT NULL CHECK (segment IN ('consumer', 'business')),
    -- Space-separated: website, kiosk, portal, partner:<id>.
    channels      TEXT NOT NULL,
    currency      TEXT NOT NULL,
    price         BIGINT NOT NULL CHECK (price >= 0),
    promo_price   BIGINT,
    promo_months  BIGINT,
    -- Per cycle, in base units; NULL unlimited, 0 not included.
    data          BIGINT,
    voice         BIGINT,
    sms           BIGINT,
    roaming_data  BIGINT,
    term_months   BIGINT NOT NULL DEFAULT 0 CHECK (term_months BETWEEN 0 AND 24),
    validity_days BIGINT,
    download_mbps BIGINT NOT NULL,
    upload_mbps   BIGINT NOT NULL,
    sellable      BIGINT NOT NULL DEFAULT 1,
    sort          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX offerings_country ON offerings(country, is_addon, sort);

CREATE TABLE offering_texts (
    offering_id TEXT NOT NULL REFERENCES offerings(id),
    lang        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (offering_id, lang)
);

-- Per-country policy: may a line move between prepaid and postpaid, and how many days must
-- pass between two tariff changes.
CREATE TABLE country_rules (
    country          TEXT PRIMARY KEY,
    payment_change   BIGINT NOT NULL,
    min_days_between BIGINT NOT NULL
);

CREATE TABLE orders (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers(id),
    idempotency_key TEXT NOT NULL,
    -- What was asked, to tell a replay from another request with the same key.
    request         TEXT NOT NULL,
    line_id         TEXT NOT NULL REFERENCES lines(id),
    action          TEXT NOT NULL CHECK (action IN ('modify', 'add')),
    from_offering   TEXT,
    offering_id     TEXT NOT NULL REFERENCES offerings(id),
    offering_name   TEXT NOT NULL,
    state           TEXT NOT NULL,
    channel         TEXT NOT NULL,
    partner_id      TEXT,
    created_at      TEXT NOT NULL,
    order_date      TEXT NOT NULL,
    effective_date  TEXT NOT NULL,
    completion_date TEXT,
    currency        TEXT NOT NULL,
    one_time        BIGINT NOT NULL,
    recurring       BIGINT,
    UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX orders_line ON orders(line_id, state);
-- At most one scheduled tariff change per line, whatever the application does.
CREATE UNIQUE INDEX orders_one_open_change ON orders(line_id)
    WHERE action = 'modify' AND state IN ('acknowledged', 'inProgress');

CREATE TABLE order_events (
    order_id TEXT NOT NULL REFERENCES orders(id),
    seq      BIGINT NOT NULL,
    state    TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (order_id, seq)
);

-- Who did what, through which channel and partner, and when. Written in the same
-- transaction as the change it records.
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    channel     TEXT NOT NULL,
    partner_id  TEXT,
    action      TEXT NOT NULL,
    order_id    TEXT,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_customer ON audit_log(customer_id, at);
