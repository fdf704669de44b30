-- Search over messages by caller number and by the words of the caller's name and notes, accents
-- and case ignored (core/messages/messagesearch.cpp writes the queries). The engines differ here, so
-- the blocks below are engine-specific (see core/storage/migrationrunner.cpp); no table or column
-- changes, so both engines keep the same schema.

-- engine: sqlite
-- FTS5 indexes over the messages table itself (external content: nothing is stored twice), keyed by
-- its rowid, kept in step by the triggers below whatever writes the row (the repository, sync pulls).
-- Words: unicode61 folds case and removes diacritics ("helene" finds "Hélène").
CREATE VIRTUAL TABLE fts_message_words USING fts5(
    caller_name, notes,
    content = 'messages', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Numbers: trigrams make any run of 3+ characters of the caller number (a prefix, a suffix) an
-- indexed lookup.
CREATE VIRTUAL TABLE fts_message_numbers USING fts5(
    caller_number,
    content = 'messages', content_rowid = 'rowid',
    tokenize = 'trigram'
);
INSERT INTO fts_message_words (fts_message_words) VALUES ('rebuild');
INSERT INTO fts_message_numbers (fts_message_numbers) VALUES ('rebuild');

CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO fts_message_words (rowid, caller_name, notes) VALUES (new.rowid, new.caller_name, new.notes);
    INSERT INTO fts_message_numbers (rowid, caller_number) VALUES (new.rowid, new.caller_number);
END;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO fts_message_words (fts_message_words, rowid, caller_name, notes)
        VALUES ('delete', old.rowid, old.caller_name, old.notes);
    INSERT INTO fts_message_numbers (fts_message_numbers, rowid, caller_number)
        VALUES ('delete', old.rowid, old.caller_number);
END;
CREATE TRIGGER messages_search_update AFTER UPDATE OF caller_name, notes, caller_number ON messages BEGIN
    INSERT INTO fts_message_words (fts_message_words, rowid, caller_name, notes)
        VALUES ('delete', old.rowid, old.caller_name, old.notes);
    INSERT INTO fts_message_numbers (fts_message_numbers, rowid, caller_number)
        VALUES ('delete', old.rowid, old.caller_number);
    INSERT INTO fts_message_words (rowid, caller_name, notes) VALUES (new.rowid, new.caller_name, new.notes);
    INSERT INTO fts_message_numbers (rowid, caller_number) VALUES (new.rowid, new.caller_number);
END;

-- engine: postgresql
-- Words: a GIN index over the tsvector of the name and notes, lowercased and with the accents of
-- French and neighbouring languages removed by translate() (built in and IMMUTABLE, so no extension
-- and no privilege is needed on a shared server). The query must repeat this expression exactly:
-- see wordsExpression in core/messages/messagesearch.cpp.
CREATE INDEX messages_search_words ON messages USING GIN (to_tsvector('simple'::regconfig,
    translate(lower(caller_name || ' ' || notes),
              'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ',
              'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy')));
-- Numbers: a prefix ("+33612…") through the number itself, a suffix ("…5678") through its reverse.
CREATE INDEX messages_search_number ON messages (caller_number text_pattern_ops);
CREATE INDEX messages_search_number_reversed ON messages (reverse(caller_number) text_pattern_ops);
