-- The social map as the directory, coverage matrix and detail views read it (tracking processor "directory").
create table directory_organisation (
    organisation_id    text primary key,
    name               text        not null,
    kvk_number         text        not null,
    kind               text        not null,
    status             text        not null,
    municipalities     text[]      not null,
    contact_point      text,
    care_delivered     text[]      not null,
    covenant_signed_on date,
    status_reason      text,
    open_cases         int         not null default 0,
    applied_at         timestamptz not null,
    updated_at         timestamptz not null
);

create table directory_supporter (
    supporter_id             text primary key,
    organisation_id          text        not null,
    display_name             text,
    kind                     text        not null,
    life_domains             text[]      not null,
    target_groups            text[]      not null,
    languages                text[]      not null,
    municipalities           text[]      not null,
    districts                text[]      not null,
    capacity                 int         not null,
    care_providers_linked    text[]      not null,
    access_teams             text[]      not null,
    training_completed_on    date,
    register_number          text,
    registration_valid_until date,
    registration_lapsed      boolean     not null default false,
    availability             text        not null,
    leave_from               date,
    leave_until              date,
    deactivated              boolean     not null default false,
    open_cases               int         not null default 0,
    registered_at            timestamptz not null,
    updated_at               timestamptz not null
);
-- Array filters of the directory search (@> with one element) use these.
create index directory_supporter_municipalities on directory_supporter using gin (municipalities);
create index directory_supporter_districts on directory_supporter using gin (districts);
create index directory_supporter_life_domains on directory_supporter using gin (life_domains);
create index directory_supporter_target_groups on directory_supporter using gin (target_groups);
create index directory_supporter_languages on directory_supporter using gin (languages);
create index directory_supporter_organisation on directory_supporter (organisation_id);
