-- The open collective signal of each open coverage gap (a gap is its municipality, target group, life domain and
-- kind together): a gap opened again while its signal is open raises nothing, and the gap-closed fact finds the
-- signal to close.
create table coverage_gap_signal (
    municipality_code    varchar(6)  not null,
    target_group         varchar(64) not null,
    life_domain          varchar(64) not null,
    support_kind         varchar(40) not null,
    collective_signal_id varchar(64) not null,
    primary key (municipality_code, target_group, life_domain, support_kind)
);
