-- Care providers become one array entry each, so a provider name holding a comma stays one provider and the
-- conflict-of-interest check compares whole entries. Rows written before were split on commas when read; they keep
-- that split (the CaseOpenedEvent still holds every provider whole).
alter table case_details alter column care_providers type text[]
    using case when care_providers = '' then '{}'::text[] else string_to_array(care_providers, ',') end;
