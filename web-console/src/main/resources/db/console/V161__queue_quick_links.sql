-- A coordinator's saved views of the work queue: a name and the queue's filters, per person (the login's subject).
create table queue_quick_link (
    quick_link_id  uuid primary key,
    person_subject varchar(200)  not null,
    name           varchar(200)  not null,
    filters        varchar(2000) not null,
    created_at     timestamptz   not null
);
create index queue_quick_link_person on queue_quick_link (person_subject, created_at);
