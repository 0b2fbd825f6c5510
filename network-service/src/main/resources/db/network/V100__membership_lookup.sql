-- Written in the command's transaction (subscribing processor): cross-aggregate rules read it.
create table membership (
    organisation_id text primary key,
    kvk_number      text not null,
    status          text not null,
    municipalities  text[] not null
);
-- One live membership per KvK number; a rejected or departed organisation may apply again.
create unique index membership_kvk_live on membership (kvk_number) where status in ('APPLIED', 'ADMITTED', 'SUSPENDED');
