-- Call records for supervision (core/supervision): every call offered to a console, what became of it
-- and the message it produced, plus the call's event log (pop shown, fields filled, urgency shown,
-- actions confirmed, saved) so a reviewer sees what happened and when.
-- The calls table of 0001 gains what the figures need; a console has one row per call it was offered
-- (call_id, operator_login), so a queue ringing two operators gives each their own row.
--   outcome     '' while open, 'message', 'filtered', 'incomplete', 'unanswered', or 'elsewhere' (a
--               colleague answered it: counted in the colleague's row, not in this one)
--   outcome_at  when the outcome was noted (the message saved), for the handling time

ALTER TABLE calls ADD COLUMN caller_name TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN end_cause TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN outcome_at BIGINT;
CREATE UNIQUE INDEX calls_call_operator ON calls (call_id, operator_login);
CREATE INDEX calls_client_offered ON calls (client_code, offered_at);
CREATE INDEX calls_operator_offered ON calls (operator_login, offered_at);
CREATE INDEX calls_message ON calls (message_id);

CREATE TABLE call_events (
    id             {{id}},
    call_id        TEXT NOT NULL,
    operator_login TEXT NOT NULL DEFAULT '',
    at             BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX call_events_call ON call_events (call_id, at);
