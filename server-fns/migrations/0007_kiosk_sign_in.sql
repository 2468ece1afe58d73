-- Signing in at a kiosk with a one-time code sent by SMS.

-- A code sent to a line's number: hashed, short-lived, single use, attempts counted.
CREATE TABLE otp_challenges (
    id          TEXT PRIMARY KEY,
    -- NULL when the number is no customer's: the answer looks the same, the code never works.
    customer_id TEXT,
    store_id    TEXT,
    code_hash   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    used_at     TEXT
);

-- Outbound messages (TMF681 CommunicationMessage, flattened). The demo backend "sends" by
-- writing here and to the log; a real deployment hands them to an SMS gateway.
CREATE TABLE communication_messages (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL CHECK (type IN ('sms')),
    receiver   TEXT NOT NULL,
    content    TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('initial', 'sent', 'failed')),
    created_at TEXT NOT NULL
);
CREATE INDEX communication_messages_receiver ON communication_messages(receiver, created_at);
