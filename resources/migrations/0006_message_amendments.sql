-- Amendments of completed messages: each amendment raises the message's revision (so sync pushes it)
-- and keeps here the whole row as it was before, with who amended it, when and why.
-- previous_row is a JSON object of the messages columns (core/storage/messagerepository.cpp).

CREATE TABLE message_amendments (
    id           {{id}},
    message_id   TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    amended_by   TEXT NOT NULL,
    amended_at   BIGINT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    previous_row TEXT NOT NULL
);
CREATE INDEX message_amendments_message ON message_amendments (message_id, revision);
