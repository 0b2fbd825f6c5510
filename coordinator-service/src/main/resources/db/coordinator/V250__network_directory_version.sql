-- A counter that every change of network_organisation or network_supporter raises in the same transaction. Each
-- instance of the service keeps an in-memory snapshot of those tables; a snapshot taken at an older count is stale,
-- whichever instance's consumer made the change.
create table network_directory_version (
    singleton boolean primary key default true check (singleton),
    version   bigint  not null
);
insert into network_directory_version (version) values (0);
