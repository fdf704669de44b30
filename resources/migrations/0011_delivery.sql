-- Delivery of messages to the client (core/delivery): one row per delivery (a message to one
-- recipient over one channel at one escalation step), the message as the transports lay it out, and
-- the delivery log. Times are BIGINT UTC milliseconds; 0 means "not yet" / "none".
--   deliveries.id               UUID v5 of (message, channel, address, step): planning a message twice
--                               or re-sending after a crash never makes a second delivery
--   deliveries.state            queued, sending, sent, failed, acknowledged
--   deliveries.lease_owner/
--             lease_until       the worker sending it and until when; an expired lease is re-claimed
--   deliveries.acknowledge_by   0: no acknowledgement expected
--   deliveries.escalation       JSON list of the next contacts ({personId, name, address}) on this channel

CREATE TABLE delivery_messages (
    message_id    TEXT PRIMARY KEY,
    client_code   TEXT NOT NULL DEFAULT '',
    client_name   TEXT NOT NULL DEFAULT '',
    caller_name   TEXT NOT NULL DEFAULT '',
    caller_number TEXT NOT NULL DEFAULT '',
    urgency_label TEXT NOT NULL DEFAULT '',
    urgent        SMALLINT NOT NULL DEFAULT 0,
    field_labels  TEXT NOT NULL DEFAULT '{}',
    message       TEXT NOT NULL,
    updated_at    BIGINT NOT NULL
);

CREATE TABLE deliveries (
    id                    TEXT PRIMARY KEY,
    message_id            TEXT NOT NULL REFERENCES delivery_messages (message_id) ON DELETE CASCADE,
    client_code           TEXT NOT NULL DEFAULT '',
    channel               TEXT NOT NULL,
    person_id             TEXT NOT NULL DEFAULT '',
    recipient_name        TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL,
    step                  INTEGER NOT NULL DEFAULT 0,
    state                 TEXT NOT NULL DEFAULT 'queued',
    due_at                BIGINT NOT NULL,
    acknowledge_minutes   INTEGER NOT NULL DEFAULT 0,
    acknowledge_by        BIGINT NOT NULL DEFAULT 0,
    acknowledge_code      TEXT NOT NULL UNIQUE,
    attempts              INTEGER NOT NULL DEFAULT 0,
    next_attempt_at       BIGINT NOT NULL,
    lease_owner           TEXT NOT NULL DEFAULT '',
    lease_until           BIGINT NOT NULL DEFAULT 0,
    last_answer           TEXT NOT NULL DEFAULT '',
    sent_at               BIGINT NOT NULL DEFAULT 0,
    acknowledged_at       BIGINT NOT NULL DEFAULT 0,
    acknowledged_by       TEXT NOT NULL DEFAULT '',
    acknowledged_how      TEXT NOT NULL DEFAULT '',
    escalated_at          BIGINT NOT NULL DEFAULT 0,
    escalation            TEXT NOT NULL DEFAULT '[]',
    created_at            BIGINT NOT NULL,
    updated_at            BIGINT NOT NULL,
    UNIQUE (message_id, channel, address, step)
);
-- What a worker claims: due queued rows, and sending rows whose lease ran out.
CREATE INDEX deliveries_claim ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_lease ON deliveries (state, lease_until);
-- Escalation and the follow-up list: unacknowledged rows by deadline.
CREATE INDEX deliveries_acknowledge_by ON deliveries (state, acknowledge_by);

CREATE TABLE delivery_events (
    id          {{id}},
    delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    at          BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX delivery_events_delivery ON delivery_events (delivery_id, id);
