-- What a collective signal is about, as raised; its signals' own life domains and target groups join these when read.
alter table collective_signal_view
    add column life_domains  text[] not null default '{}',
    add column target_groups text[] not null default '{}';
create index signal_view_collective_idx on signal_view (collective_signal_id);
