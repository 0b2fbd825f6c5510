-- The running instances of the service, each seen every few seconds; the segment balancer divides a tracking
-- processor's segments by the instances seen lately.
create table service_instance (
    instance_id text primary key,
    seen_at     timestamptz not null
);
