-- The first Relais schema: client accounts and their versioned consignes, calls, messages, reviews,
-- operators, the audit log and the sync worker's state. Shared by SQLite and PostgreSQL: times are
-- BIGINT UTC milliseconds since the epoch, booleans SMALLINT 0/1, JSON documents TEXT.
-- {{id}} is an auto-numbered primary key (see core/storage/migrationrunner.cpp).

CREATE TABLE clients (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    sector          TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL,
    retention_days  INTEGER NOT NULL DEFAULT 365,
    -- the consigne_versions row the pop uses; kept here so loading every client is one join
    current_version INTEGER NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

-- Dialed numbers (E.164): one number belongs to one client at most, so a pop can never guess.
CREATE TABLE client_numbers (
    number      TEXT PRIMARY KEY,
    client_code TEXT NOT NULL REFERENCES clients (code) ON DELETE CASCADE
);
CREATE INDEX client_numbers_client ON client_numbers (client_code);

-- Every saved version of a client's consignes, as the JSON document of consignesjson.h.
CREATE TABLE consigne_versions (
    client_code TEXT NOT NULL REFERENCES clients (code) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    document    TEXT NOT NULL,
    author      TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (client_code, version)
);

CREATE TABLE calls (
    id             {{id}},
    call_id        TEXT NOT NULL,
    client_code    TEXT NOT NULL DEFAULT '',
    caller         TEXT NOT NULL DEFAULT '',
    dialed         TEXT NOT NULL DEFAULT '',
    offered_at     BIGINT NOT NULL,
    answered_at    BIGINT,
    ended_at       BIGINT,
    outcome        TEXT NOT NULL DEFAULT '',
    operator_login TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calls_call_id ON calls (call_id);
CREATE INDEX calls_offered_at ON calls (offered_at);

-- Messages carry no foreign key to clients on purpose: a message for an unknown or since-deleted
-- client must still be stored, never refused.
CREATE TABLE messages (
    id                TEXT PRIMARY KEY,
    call_id           TEXT NOT NULL DEFAULT '',
    client_code       TEXT NOT NULL DEFAULT '',
    caller_number     TEXT NOT NULL DEFAULT '',
    caller_name       TEXT NOT NULL DEFAULT '',
    answers           TEXT NOT NULL DEFAULT '{}',
    notes             TEXT NOT NULL DEFAULT '',
    urgency           TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'draft',
    incomplete        SMALLINT NOT NULL DEFAULT 0,
    consignes_version INTEGER NOT NULL DEFAULT 0,
    operator_login    TEXT NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1
);
-- The pop's caller history, and the newest-first lists.
CREATE INDEX messages_client_caller_created ON messages (client_code, caller_number, created_at);
CREATE INDEX messages_created ON messages (created_at);

CREATE TABLE reviews (
    id         {{id}},
    message_id TEXT NOT NULL,
    reviewer   TEXT NOT NULL,
    score      INTEGER,
    comment    TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX reviews_message ON reviews (message_id);

CREATE TABLE operators (
    login         TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'operator' CHECK (role IN ('operator', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL DEFAULT '',
    disabled      SMALLINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id      {{id}},
    at      BIGINT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE sync_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
