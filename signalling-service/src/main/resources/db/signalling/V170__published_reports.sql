-- The monitoring reports as published (each municipality and period once), so a municipality can list and reread them.
-- The report is kept as the JSON it was published as: a published report never changes.
create table published_report (
    report_id         varchar(64)              primary key,
    municipality_code varchar(6)               not null,
    period_type       varchar(10)              not null,
    period            varchar(10)              not null,
    period_start      date                     not null,
    period_end        date                     not null,
    published_at      timestamp with time zone not null,
    report            text                     not null
);
create index published_report_municipality on published_report (municipality_code, period_start);
