-- A valid first migration.
CREATE TABLE first_table (x TEXT NOT NULL);
