-- Master-key rotation: each wrapped data key records the id of the master key that wrapped it
-- (samenspel.vault.master-keys.<id>; the single samenspel.vault.master-key has id 'v1').
-- Every key wrapped so far was wrapped by that single key. The default stays so that an instance still running the
-- previous version during a rolling upgrade (which knows only that key) writes correctly labelled rows.
alter table resident_key add column master_key_id varchar(32) not null default 'v1';

-- The rewrap looks for keys not yet under the current master key; the health check counts keys per master key.
create index resident_key_master_key on resident_key (master_key_id);
