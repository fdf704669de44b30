-- The consignes version each operator had on screen the last time they handled a call for a client,
-- so the next pop can say "consignes changed since your last call (v3 → v5)". One row per operator
-- and client; the primary key makes the pop's read one indexed lookup.

CREATE TABLE operator_seen (
    operator_login TEXT NOT NULL,
    client_code    TEXT NOT NULL,
    version        INTEGER NOT NULL,
    seen_at        BIGINT NOT NULL,
    PRIMARY KEY (operator_login, client_code)
);
