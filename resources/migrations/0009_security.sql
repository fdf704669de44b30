-- Sign-in and data protection (core/security): failed sign-ins per login, so the growing delay
-- survives a restart, and an audit log that the application can only append to.
-- operators.password_hash holds "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"
-- (core/security/passwordhasher.cpp), so the iteration count can be raised later.

ALTER TABLE operators ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;

-- One row per login that failed recently, known or not (an unknown login is slowed down the same,
-- so the delay does not tell which logins exist). Cleared by a successful sign-in.
CREATE TABLE sign_in_failures (
    login          TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_failed_at BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- engine: sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- engine: postgresql
-- The body is single-quoted (not $$) because the migration splitter knows only ' and " quotes. The
-- CREATE TRIGGER must stay the last statement: the splitter reads a trigger up to an END.
CREATE FUNCTION relais_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
    'BEGIN RAISE EXCEPTION ''audit_log is append-only''; END';
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION relais_audit_log_append_only();
