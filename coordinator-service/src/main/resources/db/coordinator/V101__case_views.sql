-- Current state of every case (written in the command's transaction by the case-details projection).
create table case_details (
    case_reference            varchar(64) primary key,
    resident_pseudonym        varchar(64)  not null,
    municipality_code         varchar(6)   not null,
    district_code             varchar(8),
    life_domains              text         not null,
    target_groups             text         not null,
    phase                     varchar(16)  not null,
    language                  varchar(8),
    urgency                   varchar(8)   not null,
    complexity_flags          text         not null,
    legal_deadline            date,
    care_providers            text         not null,
    access_decision_pending_in varchar(6),
    preferred_supporter_id    varchar(64),
    preferred_organisation_id varchar(64),
    preferred_kind            varchar(20),
    state                     varchar(20)  not null,
    overdue                   boolean      not null default false,
    awaiting_formal           boolean      not null default false,
    owner_organisation_id     varchar(64),
    owner_supporter_id        varchar(64),
    owner_kind                varchar(20),
    co_supporter_id           varchar(64),
    offered_organisation_id   varchar(64),
    offered_supporter_id      varchar(64),
    offer_deadline            timestamptz,
    handover_id               varchar(64),
    handover_to_organisation_id varchar(64),
    handover_reason           varchar(20),
    handover_deadline         timestamptz,
    total_minutes             integer      not null default 0,
    opened_at                 timestamptz  not null,
    closed_at                 timestamptz,
    outcome                   varchar(30),
    last_supporter_id         varchar(64)
);
create index case_details_state on case_details (state);
create index case_details_owner on case_details (owner_supporter_id);
create index case_details_pseudonym on case_details (resident_pseudonym);

-- Warm-handover summaries: only fetched through the API by the receiving organisation, never published.
create table handover_summary (
    handover_id        varchar(64) primary key,
    case_reference     varchar(64) not null,
    to_organisation_id varchar(64) not null,
    question_so_far    text,
    agreements_made    text,
    next_steps         text
);

-- Everything that happened to a case, for the coordinator's timeline.
create table case_timeline (
    event_id       varchar(64) primary key,
    case_reference varchar(64) not null,
    sequence       bigint      not null,
    happened_at    timestamptz not null,
    fact           varchar(40) not null,
    detail         text
);
create index case_timeline_case on case_timeline (case_reference, sequence);
