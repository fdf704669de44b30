-- Not a migration name on purpose.
CREATE TABLE other (x TEXT);
