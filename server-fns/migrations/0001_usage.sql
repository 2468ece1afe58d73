-- Customers, their lines and products (TMF637), usage buckets (TMF677), usage records
-- (TMF635) and the daily roll-ups kept up to date on ingest. One schema for SQLite and
-- PostgreSQL: amounts are BIGINT (an INTEGER in SQLite), dates ISO 8601 text.
CREATE TABLE customers (
    id          TEXT PRIMARY KEY,
    given_name  TEXT NOT NULL,
    family_name TEXT NOT NULL,
    country     TEXT NOT NULL,
    locale      TEXT NOT NULL,
    currency    TEXT NOT NULL
);

CREATE TABLE lines (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers(id),
    msisdn          TEXT NOT NULL,
    payment         TEXT NOT NULL CHECK (payment IN ('prepaid', 'postpaid')),
    plan_name       TEXT NOT NULL,
    monthly_price   BIGINT,
    period_price    BIGINT,
    cycle_day       BIGINT NOT NULL CHECK (cycle_day BETWEEN 1 AND 28),
    start_date      TEXT NOT NULL,
    commitment_end  TEXT,
    balance         BIGINT,
    balance_expires TEXT
);
CREATE INDEX lines_customer ON lines(customer_id);

CREATE TABLE buckets (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    usage_type  TEXT NOT NULL,
    allowance   BIGINT,
    used        BIGINT NOT NULL DEFAULT 0,
    is_addon    BIGINT NOT NULL DEFAULT 0,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL
);

CREATE TABLE bucket_lines (
    bucket_id TEXT NOT NULL REFERENCES buckets(id),
    line_id   TEXT NOT NULL REFERENCES lines(id),
    PRIMARY KEY (line_id, bucket_id)
);
CREATE INDEX bucket_lines_bucket ON bucket_lines(bucket_id);

CREATE TABLE usage_records (
    id          TEXT PRIMARY KEY,
    line_id     TEXT NOT NULL REFERENCES lines(id),
    usage_date  TEXT NOT NULL,
    usage_type  TEXT NOT NULL,
    amount      BIGINT NOT NULL CHECK (amount >= 0),
    bucket_id   TEXT REFERENCES buckets(id)
);

CREATE TABLE usage_daily (
    line_id    TEXT NOT NULL REFERENCES lines(id),
    day        TEXT NOT NULL,
    usage_type TEXT NOT NULL,
    amount     BIGINT NOT NULL,
    PRIMARY KEY (line_id, day, usage_type)
);
