-- The kind of supporter a case was last offered to, so missed acceptance deadlines can be told apart by the kind
-- of support the resident waits for.
alter table monitoring_case add column offered_kind varchar(40);
