-- When a collective signal was last raised from other services' facts, per municipality and rule, so a
-- lasting bottleneck raises one collective signal per window rather than one per fact.
create table fact_signal_raised (
    municipality_code    varchar(6)               not null,
    rule                 varchar(40)              not null,
    collective_signal_id varchar(64)              not null,
    raised_at            timestamp with time zone not null,
    primary key (municipality_code, rule, raised_at)
);
