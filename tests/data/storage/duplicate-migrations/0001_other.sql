-- Same number as 0001_first.sql on purpose.
CREATE TABLE other (x TEXT);
