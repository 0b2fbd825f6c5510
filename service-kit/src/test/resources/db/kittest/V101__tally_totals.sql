create table tally_total (
    tally_id varchar(255) not null primary key,
    total    bigint       not null
);
