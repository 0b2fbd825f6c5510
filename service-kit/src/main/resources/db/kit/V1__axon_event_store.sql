-- Axon Framework's tables for one service, owned by Flyway (Axon never creates tables here).
-- Payloads and metadata are bytea; Axon writes timestamps as ISO-8601 text.

-- One global order of all events. Increment 1 and no caching, so that Axon's gap detection sees a
-- gap only where a transaction is still in flight or rolled back.
create sequence domain_event_global_index_seq increment by 1 cache 1;

create table domainevententry (
    globalindex         bigint       not null default nextval('domain_event_global_index_seq'),
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (globalindex),
    unique (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);
alter sequence domain_event_global_index_seq owned by domainevententry.globalindex;

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

-- Where each tracking/streaming processor has got to.
create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

-- Sagas (long-running processes such as a handover) and how events find them.
create table sagaentry (
    sagaid         varchar(255) not null,
    revision       varchar(255),
    sagatype       varchar(255),
    serializedsaga bytea,
    primary key (sagaid)
);

create table associationvalueentry (
    id               bigserial    not null,
    associationkey   varchar(255) not null,
    associationvalue varchar(255),
    sagatype         varchar(255) not null,
    sagaid           varchar(255) not null,
    primary key (id)
);
create index association_value_idx on associationvalueentry (sagatype, associationkey, associationvalue);
create index association_saga_idx on associationvalueentry (sagaid, sagatype);

-- Events a processing group could not handle, parked per sequence so the rest keep flowing.
create table deadletterentry (
    deadletteridentifier varchar(255)  not null,
    processinggroup      varchar(255)  not null,
    sequenceidentifier   varchar(255)  not null,
    sequenceindex        bigint        not null,
    messagetype          varchar(255)  not null,
    eventidentifier      varchar(255)  not null,
    timestamp            varchar(255)  not null,
    payloadtype          varchar(255)  not null,
    payloadrevision      varchar(255),
    payload              bytea         not null,
    metadata             bytea,
    type                 varchar(255),
    aggregateidentifier  varchar(255),
    sequencenumber       bigint,
    tokentype            varchar(255),
    token                bytea,
    enqueuedat           varchar(255)  not null,
    lasttouched          varchar(255),
    processingstarted    varchar(255),
    causetype            varchar(255),
    causemessage         varchar(1023),
    diagnostics          bytea,
    primary key (deadletteridentifier),
    unique (processinggroup, sequenceidentifier, sequenceindex)
);
create index dead_letter_group_idx on deadletterentry (processinggroup);
create index dead_letter_sequence_idx on deadletterentry (processinggroup, sequenceidentifier);
