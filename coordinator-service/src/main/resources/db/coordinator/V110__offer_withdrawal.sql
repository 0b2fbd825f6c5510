-- The organisation whose unanswered offer the coordinator withdrew: it may still ask about the case until someone
-- accepts it, and learns that the offer is gone (409) instead of a bare refusal.
alter table case_details add column offer_withdrawn_from varchar(255);
