-- The municipality's answer on each signal of the collective signal it answered, for the filing organisation.
alter table signal_view
    add column answer_collective_signal_id varchar(64),
    add column answer_text                 text,
    add column answered_at                 timestamp with time zone;
