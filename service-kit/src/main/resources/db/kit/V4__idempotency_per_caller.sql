-- An Idempotency-Key belongs to the caller who sent it (the token's subject; OpenID Connect caps it at 255
-- characters): the stored answer is returned to that caller only, and the same key from anyone else is a request of
-- its own. Keyed by request id alone, a replayed or colliding key handed one party's answer to another without
-- running the command's ownership checks, and swallowed the second party's command.
--
-- Rows recorded before this keep an empty caller and are never replayed again: every authenticated caller has a
-- non-blank subject (the kit refuses tokens without one), so no one can reach them. Handing them to any caller would
-- keep the hole open; guessing their owner is impossible. The only cost is that a client retrying across the upgrade
-- has its command run again, with all of that command's own checks (a state change already made is refused by the
-- aggregate; only a creating command could run twice), which is the behaviour of a request without a key.
alter table handled_request add column caller varchar(255) not null default '';
alter table handled_request alter column caller drop default;
alter table handled_request drop constraint handled_request_pkey;
alter table handled_request add primary key (caller, request_id);
