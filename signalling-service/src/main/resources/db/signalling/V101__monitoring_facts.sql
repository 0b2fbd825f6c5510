-- Pseudonymous case facts from the coordinator-service, kept only to count them per municipality and period.
-- Nothing here leaves the service except through disclosure control.
create table monitoring_case (
    case_reference    varchar(64)              not null,
    municipality_code varchar(6)               not null,
    phase             varchar(40)              not null,
    opened_at         timestamp with time zone not null,
    accepted_at       timestamp with time zone,
    support_kind      varchar(40),
    primary key (case_reference)
);
create index monitoring_case_opened_idx on monitoring_case (municipality_code, opened_at);
create index monitoring_case_accepted_idx on monitoring_case (municipality_code, accepted_at);

-- Life domains and target groups of a case (several each).
create table monitoring_case_dimension (
    case_reference varchar(64) not null,
    dimension      varchar(20) not null,
    code           varchar(64) not null,
    primary key (case_reference, dimension, code)
);

-- Things that happened to cases and are counted: closings, escalations, handovers, missed acceptance deadlines,
-- hours logged and experiences recorded. One row per fact (event id), so a redelivered fact counts once.
create table monitoring_fact (
    event_id          varchar(255)             not null,
    case_reference    varchar(64)              not null,
    municipality_code varchar(6)               not null,
    kind              varchar(40)              not null,
    category          varchar(64),
    support_kind      varchar(40),
    amount            numeric,
    occurred_at       timestamp with time zone not null,
    primary key (event_id)
);
create index monitoring_fact_idx on monitoring_fact (municipality_code, kind, occurred_at);

-- Experience scores (1-5) of Putten's five statements, per recorded experience.
create table monitoring_experience (
    event_id             varchar(255)             not null,
    municipality_code    varchar(6)               not null,
    helpful              int,
    can_carry_on         int,
    own_choices          int,
    same_supporter_again int,
    would_recommend      int,
    recorded_at          timestamp with time zone not null,
    primary key (event_id)
);
create index monitoring_experience_idx on monitoring_experience (municipality_code, recorded_at);

-- The network now: supporters per municipality and kind, and open coverage gaps.
create table monitoring_supporter (
    supporter_id      varchar(64) not null,
    municipality_code varchar(6)  not null,
    kind              varchar(40) not null,
    primary key (supporter_id, municipality_code)
);

create table monitoring_coverage_gap (
    municipality_code varchar(6)               not null,
    target_group      varchar(64)              not null,
    life_domain       varchar(64)              not null,
    support_kind      varchar(40)              not null,
    opened_at         timestamp with time zone not null,
    primary key (municipality_code, target_group, life_domain, support_kind)
);
