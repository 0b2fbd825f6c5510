-- A supporter's places taken include offers waiting for them and cases they share.
create index case_details_offered_supporter on case_details (offered_supporter_id) where state = 'OFFERED';
create index case_details_co_supporter on case_details (co_supporter_id) where co_supporter_id is not null;
