-- What the operator did during a call (Message::actions, a JSON array of ActionTaken) and the number
-- the caller dialed, so an unfinished draft can reopen with its pop after a restart or a crash.
-- ADD COLUMN with a constant default works the same on SQLite and PostgreSQL.

ALTER TABLE messages ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE messages ADD COLUMN dialed_number TEXT NOT NULL DEFAULT '';
