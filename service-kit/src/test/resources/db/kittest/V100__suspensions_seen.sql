create table suspension_seen (
    event_id        varchar(255) not null primary key,
    organisation_id varchar(255) not null
);
