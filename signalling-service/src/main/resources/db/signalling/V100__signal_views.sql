-- Individual signals as the filing organisation and the coordinator see them.
create table signal_view (
    signal_id            varchar(64)              not null,
    organisation_id      varchar(100)             not null,
    municipality_code    varchar(6)               not null,
    category_code        varchar(64)              not null,
    life_domain          varchar(64)              not null,
    target_group         varchar(64)              not null,
    description          text                     not null,
    residents_concerned  int                      not null,
    status               varchar(20)              not null,
    collective_signal_id varchar(64),
    filed_at             timestamp with time zone not null,
    changed_at           timestamp with time zone not null,
    primary key (signal_id)
);
create index signal_view_organisation_idx on signal_view (organisation_id);
create index signal_view_municipality_idx on signal_view (municipality_code, category_code);

-- Collective signals with their deadlines; overdue ones are flagged for the coordinator and the municipality.
create table collective_signal_view (
    collective_signal_id varchar(64)              not null,
    municipality_code    varchar(6)               not null,
    category_code        varchar(64)              not null,
    origin               varchar(20)              not null,
    summary              text                     not null,
    status               varchar(20)              not null,
    signal_count         int                      not null,
    organisation_count   int                      not null,
    raised_at            timestamp with time zone not null,
    acknowledge_by       timestamp with time zone not null,
    answer_by            timestamp with time zone not null,
    acknowledged_at      timestamp with time zone,
    answered_at          timestamp with time zone,
    answer               text,
    planned_measure      text,
    planned_date         date,
    closed_at            timestamp with time zone,
    merged_into          varchar(64),
    acknowledgement_overdue boolean               not null default false,
    answer_overdue       boolean                  not null default false,
    primary key (collective_signal_id)
);
create index collective_signal_view_municipality_idx on collective_signal_view (municipality_code, status);
