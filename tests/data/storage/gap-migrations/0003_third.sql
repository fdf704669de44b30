-- Migration 2 is missing on purpose.
CREATE TABLE third (x TEXT);
