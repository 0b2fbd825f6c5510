-- Offers whose organisation the notification-service reported unreachable (its webhook did not take the urgent offer
-- in time); all of an organisation's rows go when it is reported reachable again.
create table unreachable_offer (
    organisation_id text        not null,
    case_reference  text        not null,
    since           timestamptz not null,
    primary key (organisation_id, case_reference)
);
