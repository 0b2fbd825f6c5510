-- The Kafka publisher's own knowledge of each case, written by the publisher's tracking processor in the same
-- transaction as its token: the records it builds depend only on the events it has handled, so a replay of the
-- publisher sends exactly the records it sent the first time. (Read from case_details, a record re-sent later carried
-- that moment's values under its old CloudEvents id.) Emptied when the publisher's processor is reset.
create table published_case (
    case_reference        varchar(64) primary key,
    resident_pseudonym    varchar(64) not null,
    municipality_code     varchar(6)  not null,
    life_domains          text        not null,
    target_groups         text        not null,
    urgency               varchar(8)  not null,
    owner_organisation_id varchar(64),
    owner_supporter_id    varchar(64),
    -- accepted and not closed since: counts towards its owner's caseload
    open                  boolean     not null
);
create index published_case_owner_supporter on published_case (owner_supporter_id) where open;
create index published_case_owner_organisation on published_case (owner_organisation_id) where open;

-- A running service's publisher has handled (nearly) every stored event, so the read model's current state is its
-- state. Cases opened from now on, and every case after a reset of the publisher, come from the events themselves.
insert into published_case (case_reference, resident_pseudonym, municipality_code, life_domains, target_groups, urgency,
                            owner_organisation_id, owner_supporter_id, open)
select case_reference, resident_pseudonym, municipality_code, life_domains, target_groups, urgency,
       owner_organisation_id, owner_supporter_id, state in ('ACCEPTED', 'IN_PROGRESS', 'HANDOVER_PENDING')
from case_details;
