-- Chat: conversations with the assistant and advisors, their messages in sequence, the
-- advisors and their skills, and the tickets left outside advisors' hours (TMF621).

CREATE TABLE conversations (
    id           TEXT PRIMARY KEY,
    -- NULL: an anonymous conversation, reached only with its key.
    customer_id  TEXT,
    -- Opens the live stream and lets an anonymous customer come back for the page's life.
    stream_key   TEXT NOT NULL,
    country      TEXT NOT NULL,
    lang         TEXT NOT NULL,
    channel      TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('assistant', 'queued', 'advisor', 'leave-message', 'ticket', 'closed')),
    -- The advisors' queue (`<country>:<lang>`) while queued or with an advisor.
    queue        TEXT,
    queued_at    TEXT,
    advisor_id   TEXT,
    -- Consecutive messages the assistant did not understand.
    misunderstood BIGINT NOT NULL DEFAULT 0,
    -- What the assistant waits for (`store_stock<TAB>product id<TAB>name`, `hours`).
    pending      TEXT,
    -- The last message's sequence number: bumped by a guarded update for each message.
    last_seq     BIGINT NOT NULL DEFAULT 0,
    rating       BIGINT CHECK (rating BETWEEN 1 AND 5),
    comment      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX conversations_customer ON conversations(customer_id, updated_at);
CREATE INDEX conversations_queue ON conversations(state, queue, queued_at);

CREATE TABLE chat_messages (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq          BIGINT NOT NULL,
    id           TEXT NOT NULL UNIQUE,
    -- The customer's idempotency key for a message they sent.
    client_id    TEXT,
    author       TEXT NOT NULL CHECK (author IN ('customer', 'assistant', 'advisor', 'system')),
    author_name  TEXT,
    body         TEXT NOT NULL,
    -- JSON of the card and quick replies.
    card         TEXT,
    replies      TEXT,
    -- What the assistant understood of a customer's message, for the advisors and the figures.
    intent       TEXT,
    -- The classifier's probability, in thousandths.
    confidence   BIGINT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX chat_messages_client ON chat_messages(conversation_id, client_id);

CREATE TABLE advisors (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    -- Space-separated language tags and countries served.
    languages  TEXT NOT NULL,
    countries  TEXT NOT NULL,
    -- When the advisor's console last said it was there (RFC 3339).
    last_seen  TEXT
);

-- TMF621 trouble tickets: a message left outside advisors' hours.
CREATE TABLE trouble_tickets (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    customer_id     TEXT,
    description     TEXT NOT NULL,
    severity        TEXT NOT NULL,
    ticket_type     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('submitted', 'acknowledged', 'inProgress', 'resolved', 'closed')),
    channel         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX trouble_tickets_status ON trouble_tickets(status, created_at);
