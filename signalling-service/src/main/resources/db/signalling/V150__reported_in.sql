-- Each counted fact is reported once, in the first month report published after it arrived (reported_in, e.g.
-- 2026-10): the month it happened in, or the next month published when it arrived late. Set when that month is
-- published, so a published report never changes and a quarter or year is exactly the sum of its published months.
alter table monitoring_case add column opened_reported_in varchar(7);
alter table monitoring_case add column accepted_reported_in varchar(7);
-- The resident's pseudonym as the coordinator publishes it (an opaque token), only to count residents apart from
-- their issues; absent for cases opened before the coordinator sent it, each of which then counts as one resident.
alter table monitoring_case add column resident_pseudonym varchar(64);
alter table monitoring_fact add column reported_in varchar(7);
alter table monitoring_experience add column reported_in varchar(7);
create index monitoring_case_opened_reported_idx on monitoring_case (municipality_code, opened_reported_in);
create index monitoring_case_accepted_reported_idx on monitoring_case (municipality_code, accepted_reported_in);
create index monitoring_fact_reported_idx on monitoring_fact (municipality_code, reported_in, kind);
create index monitoring_experience_reported_idx on monitoring_experience (municipality_code, reported_in);

-- The months whose report was published: a fact of such a month that arrives later goes to the next month
-- published; a fact of a month not published yet waits for that month's own report.
create table monitoring_published_month (
    municipality_code varchar(6) not null,
    month             varchar(7) not null,
    primary key (municipality_code, month)
);
