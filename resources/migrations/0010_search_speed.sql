-- Search speed over a million messages (SQLite only; PostgreSQL keeps migration 0005's indexes, and no
-- table or column changes). core/messages/messagesearch.cpp writes the queries these serve.
--
-- Words: the index is keyed by the message's date, not its rowid: key = created_at << 21 | (rowid &
-- 0x1FFFFF) (unique: the rowid breaks ties within a millisecond; fits in 63 bits until the year 2109).
-- FTS5 then streams the matches of a common word newest first
-- (ORDER BY rowid DESC) and stops at the limit, instead of building the set of 100,000 matches and
-- walking the dates (~40 ms of CPU at 1M messages).
-- Numbers: each number is indexed with a '$' after it, so an end of number ("5678") matches the
-- trigrams of its last digits *at the end* ("78$"): a few hundred matches, not the 40,000 numbers that
-- hold "3361" somewhere (their "+336…" start), which made the suffix search walk all the messages.
-- Both tables are contentless (content=''): they keep the index only, the triggers give the text, and
-- 'delete' gives back the text that was indexed.

-- engine: sqlite
DROP TRIGGER IF EXISTS messages_search_insert;
DROP TRIGGER IF EXISTS messages_search_delete;
DROP TRIGGER IF EXISTS messages_search_update;
DROP TABLE IF EXISTS fts_message_words;
DROP TABLE IF EXISTS fts_message_numbers;

CREATE VIRTUAL TABLE fts_message_words USING fts5(
    caller_name, notes,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE fts_message_numbers USING fts5(
    caller_number,
    content = '',
    tokenize = 'trigram'
);
INSERT INTO fts_message_words (rowid, caller_name, notes)
    SELECT (created_at << 21) | (rowid & 2097151), caller_name, notes FROM messages;
INSERT INTO fts_message_numbers (rowid, caller_number)
    SELECT rowid, caller_number || '$' FROM messages;

CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO fts_message_words (rowid, caller_name, notes)
        VALUES ((new.created_at << 21) | (new.rowid & 2097151), new.caller_name, new.notes);
    INSERT INTO fts_message_numbers (rowid, caller_number) VALUES (new.rowid, new.caller_number || '$');
END;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO fts_message_words (fts_message_words, rowid, caller_name, notes)
        VALUES ('delete', (old.created_at << 21) | (old.rowid & 2097151), old.caller_name, old.notes);
    INSERT INTO fts_message_numbers (fts_message_numbers, rowid, caller_number)
        VALUES ('delete', old.rowid, old.caller_number || '$');
END;
CREATE TRIGGER messages_search_update AFTER UPDATE OF caller_name, notes, caller_number, created_at ON messages
BEGIN
    INSERT INTO fts_message_words (fts_message_words, rowid, caller_name, notes)
        VALUES ('delete', (old.created_at << 21) | (old.rowid & 2097151), old.caller_name, old.notes);
    INSERT INTO fts_message_numbers (fts_message_numbers, rowid, caller_number)
        VALUES ('delete', old.rowid, old.caller_number || '$');
    INSERT INTO fts_message_words (rowid, caller_name, notes)
        VALUES ((new.created_at << 21) | (new.rowid & 2097151), new.caller_name, new.notes);
    INSERT INTO fts_message_numbers (rowid, caller_number) VALUES (new.rowid, new.caller_number || '$');
END;
