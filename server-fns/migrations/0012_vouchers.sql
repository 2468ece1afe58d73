-- Prepaid top-up by voucher (TMF654 prepay balance, `topupBalance`): the scratch cards sold in
-- shops. A card's code is kept as its SHA-256 digest (the table gives no usable code away);
-- a card is credited once, to one line: its state moves from `available` to `used` in the
-- transaction that credits the balance, and only if it was still `available`.
CREATE TABLE vouchers (
    code_hash     TEXT PRIMARY KEY,
    country       TEXT NOT NULL,
    currency      TEXT NOT NULL,
    amount        BIGINT NOT NULL CHECK (amount > 0),
    -- Days the balance stays valid from the top-up (a later expiry is kept).
    validity_days BIGINT NOT NULL CHECK (validity_days > 0),
    state         TEXT NOT NULL CHECK (state IN ('available', 'used')),
    topup_id      TEXT
);

-- Each top-up made (TMF654 `topupBalance`), with the idempotency key that made it: sent again,
-- the key gets this top-up back, never a second one.
CREATE TABLE topups (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- What the key was first used for (the line and the code's digest).
    request         TEXT NOT NULL,
    line_id         TEXT NOT NULL,
    code_hash       TEXT NOT NULL UNIQUE,
    -- The code's last four digits, as a receipt shows them.
    code_end        TEXT NOT NULL,
    amount          BIGINT NOT NULL,
    currency        TEXT NOT NULL,
    balance_after   BIGINT NOT NULL,
    expires_on      TEXT NOT NULL,
    channel         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (customer_id, idempotency_key)
);

-- Codes that were wrong or already used, per customer: a customer who has tried too many in a
-- day (of the business clock) is refused further tries, so codes cannot be guessed.
CREATE TABLE voucher_failures (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX voucher_failures_customer ON voucher_failures(customer_id, at);
