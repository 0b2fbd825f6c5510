-- Personal-data vault. Each resident's data key, wrapped (AES-GCM) with the master key from configuration.
-- Erasure deletes the row: everything sealed under the key, in events, snapshots and read models, becomes unreadable.
create table resident_key (
    key_id             varchar(36)              primary key,
    resident_pseudonym varchar(64)              not null unique,
    wrapped_key        bytea                    not null,
    created_at         timestamp with time zone not null
);

-- The resident's personal details (name, contact details, BSN): only here, sealed under the resident's key.
create table personal_details (
    resident_pseudonym varchar(64)              primary key,
    key_id             varchar(36)              not null references resident_key (key_id) on delete cascade,
    sealed             bytea                    not null,
    updated_at         timestamp with time zone not null
);

-- Summaries are kept sealed (revision 2 of HandoverRequestedEvent); the plaintext columns go.
delete from handover_summary;
alter table handover_summary drop column question_so_far, drop column agreements_made, drop column next_steps,
    add column key_id varchar(36) not null, add column sealed text not null;

-- Consent per case and receiving organisation, as it holds now; checked on every summary read.
create table case_consent (
    case_reference  varchar(64) not null,
    organisation_id varchar(64) not null,
    primary key (case_reference, organisation_id)
);

-- Who read or erased a resident's personal data, what, when and why (in the spirit of NEN 7513). Append-only.
create table access_audit (
    id                 bigserial                primary key,
    recorded_at        timestamp with time zone not null,
    actor_role         varchar(30)              not null,
    actor_organisation varchar(64),
    actor_supporter    varchar(64),
    action             varchar(40)              not null,
    resident_pseudonym varchar(64),
    case_reference     varchar(64),
    handover_id        varchar(64),
    reason             text                     not null
);
create index access_audit_pseudonym on access_audit (resident_pseudonym, recorded_at);
create index access_audit_time on access_audit (recorded_at);

create function access_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_audit is append-only: % refused', tg_op;
end $$;
create trigger access_audit_no_update_or_delete before update or delete on access_audit
    for each row execute function access_audit_is_append_only();
create trigger access_audit_no_truncate before truncate on access_audit
    for each statement execute function access_audit_is_append_only();
