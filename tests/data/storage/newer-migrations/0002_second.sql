-- A second migration with both placeholders and a quoted ';' that must not split the statement.
CREATE TABLE second_table (
    id {{id}},
    payload {{blob}},
    note TEXT NOT NULL DEFAULT 'a; b' -- comment with ; inside
);
/* a block comment; with a semicolon */
INSERT INTO second_table (note) VALUES ('it''s; fine');
