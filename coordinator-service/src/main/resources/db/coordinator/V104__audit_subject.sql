-- Who read personal data is now known from the bearer token: its subject (the account) is kept with every entry.
-- Entries from before tokens keep a null subject; the table stays append-only (its triggers still refuse changes).
alter table access_audit add column actor_subject varchar(255);
