-- Each pending deadline's name and scope (the aggregate or saga it belongs to, as Axon serialises it), so that the
-- deadlines of one scope are cancelled by key instead of by reading every pending deadline. A row goes with its
-- deadline.
create table deadline_scope (
    task_name     text  not null,
    schedule_id   text  not null,
    deadline_name text  not null,
    scope         bytea not null,
    primary key (task_name, schedule_id),
    foreign key (task_name, schedule_id) references scheduled_tasks (task_name, task_instance) on delete cascade
);
create index deadline_scope_scope_idx on deadline_scope (deadline_name, scope);

-- Deadlines scheduled before the index existed are indexed once, by the first instance that starts with it.
create table deadline_scope_indexing (complete boolean not null);
insert into deadline_scope_indexing values (false);
