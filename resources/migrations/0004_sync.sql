-- The sync worker's tables (core/sync). The same schema on a console's local store and on the shared
-- PostgreSQL server; each side uses its part:
--   messages.server_seq  the server's change number, set by a trigger the sync worker installs on the
--                        server only (see core/sync/syncserverschema.cpp); always 0 in a local store.
--   sync_pushed          local: per message, the version (revision, updated_at) this console and the
--                        server last agreed on; a message whose version differs still needs pushing.
--   message_conflicts    both: the losing version of a message amended on two consoles, never dropped.
-- The pull cursor lives in sync_state (0001) under the name 'pull_cursor'.

ALTER TABLE messages ADD COLUMN server_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX messages_server_seq ON messages (server_seq);

CREATE TABLE sync_pushed (
    message_id TEXT PRIMARY KEY,
    revision   INTEGER NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE message_conflicts (
    id              {{id}},
    message_id      TEXT NOT NULL,
    detected_at     BIGINT NOT NULL,
    detected_during TEXT NOT NULL,
    kept_revision   INTEGER NOT NULL,
    kept_updated_at BIGINT NOT NULL,
    lost_revision   INTEGER NOT NULL,
    lost_updated_at BIGINT NOT NULL,
    lost_row        TEXT NOT NULL
);
CREATE INDEX message_conflicts_message ON message_conflicts (message_id);
