-- Integration events this service has already acted on, per consumer: Kafka delivers at least once.
create table processed_event (
    consumer     varchar(100)             not null,
    event_id     varchar(255)             not null,
    processed_at timestamp with time zone not null default now(),
    primary key (consumer, event_id)
);

-- Responses to commands sent with a request id, so a retried request gets the same answer and no second event.
create table handled_request (
    request_id   varchar(100)             not null,
    operation    varchar(200)             not null,
    status       int                      not null,
    body         text,
    handled_at   timestamp with time zone not null default now(),
    primary key (request_id)
);

-- Kafka records this service could not read or act on, kept for an operator to inspect and retry.
create table kafka_dead_letter (
    id             bigserial                not null,
    consumer       varchar(100)             not null,
    topic          varchar(255)             not null,
    partition_no   int                      not null,
    record_offset  bigint                   not null,
    record_key     text,
    record_value   bytea,
    error          text                     not null,
    received_at    timestamp with time zone not null default now(),
    retried_at     timestamp with time zone,
    primary key (id),
    unique (topic, partition_no, record_offset, consumer)
);
