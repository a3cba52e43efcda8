-- data/schema.sql -- the safestat dataset schema (placeholder until the
-- dataset issue lands: only what the shell needs to recognise a dataset).
CREATE TABLE dataset_info (
	key	TEXT PRIMARY KEY,
	value	TEXT NOT NULL
);
