-- Partners (resellers, business partners) and what customers let them do.

-- A partner's OAuth 2.0 client (client-credentials grant) and the scopes it may ask for.
CREATE TABLE partners (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    client_id   TEXT NOT NULL UNIQUE,
    -- SHA-256 of the client secret, hex.
    secret_hash TEXT NOT NULL,
    -- Space-separated: usage:read tariffs:read tariffs:order stores:reserve.
    scopes      TEXT NOT NULL
);

-- A consent code a customer made for one partner: read out to the partner, redeemed once.
CREATE TABLE delegation_codes (
    -- SHA-256 of partner id and code, hex: the code itself is never stored.
    code_hash   TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    scopes      TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- A partner may act for a customer, within these scopes, until it expires.
CREATE TABLE delegations (
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    scopes      TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    PRIMARY KEY (partner_id, customer_id)
);
