-- Callbacks promised during a call (Message::callback): when (UTC milliseconds, 0: none), the number
-- to dial, and how far it went ('', 'pending', 'attempted', 'done'). Columns of messages, so the sync
-- row carries them like the others. The follow-up list reads the open ones by time.
-- ADD COLUMN with a constant default works the same on SQLite and PostgreSQL.

ALTER TABLE messages ADD COLUMN callback_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN callback_number TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN callback_state TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_callbacks_open ON messages (callback_state, callback_at);
