-- Organisations reported unreachable (a HIGH-urgency offer not taken by their webhook in time) and not yet reported
-- reachable again: the next delivery one of them takes is reported, once.
create table unreachable_organisation (
    organisation_id text primary key,
    since           timestamptz not null,
    reported_at     timestamptz not null
);
