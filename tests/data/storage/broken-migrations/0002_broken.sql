-- Creates a table and writes a row, then fails: none of it may remain.
CREATE TABLE half_done (x TEXT NOT NULL);
INSERT INTO first_table (x) VALUES ('written by the broken migration');
SELEC nothing FROM nowhere;
