-- The network as the network-service publishes it (replayable from its topics), for matching.
create table network_organisation (
    organisation_id varchar(64) primary key,
    kvk_number      varchar(16),
    delivers_care   boolean     not null,
    status          varchar(16) not null
);

create table network_supporter (
    supporter_id        varchar(64) primary key,
    organisation_id     varchar(64) not null,
    profile             text        not null,
    availability        text        not null,
    registration_lapsed boolean     not null default false,
    deactivated         boolean     not null default false
);
