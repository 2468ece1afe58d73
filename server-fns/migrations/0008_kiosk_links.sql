-- "Continue on your phone" links and signing in at a kiosk from a phone.

-- A short-lived link to a view. Nothing personal: a shop, a product, or a list the customer
-- sees only once signed in on their phone.
CREATE TABLE phone_links (
    id         TEXT PRIMARY KEY,
    view       TEXT NOT NULL CHECK (view IN ('stores', 'plans', 'reservations', 'chat')),
    store_id   TEXT,
    product_id TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- A kiosk waiting for a phone's approval: the phone's customer signs the kiosk in once.
CREATE TABLE kiosk_pairings (
    id          TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,
    store_id    TEXT,
    customer_id TEXT,
    state       TEXT NOT NULL CHECK (state IN ('waiting', 'approved', 'used')),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
