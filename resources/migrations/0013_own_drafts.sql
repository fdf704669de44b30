-- The drafts a console reopens at start are its own operator's (a colleague's crash draft, brought by
-- sync, is not this desk's to finish). Few rows are drafts, so a partial index over them makes the
-- start query a short read instead of a walk over every message (seconds at 1,000,000 messages).
-- Partial indexes work the same on SQLite and PostgreSQL; the query repeats this WHERE literally.

CREATE INDEX messages_open_drafts ON messages (operator_login, created_at) WHERE status = 'draft' AND incomplete = 0;
