-- Every event of a party's topics, as the bytes of its Kafka record: the feed, and what deliveries send.
-- Routed by the topic it came from; kept at least 30 days (FeedRetention).
create table party_event (
    seq         bigserial primary key,
    party_kind  text        not null,
    party_id    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    -- The Kafka key (case reference or other subject): deliveries of one subject go in order.
    subject     text,
    body        bytea       not null,
    received_at timestamptz not null,
    unique (party_kind, party_id, event_id)
);
create index party_event_feed_idx on party_event (party_kind, party_id, seq);
create index party_event_received_idx on party_event (received_at);

create table webhook_subscription (
    id                     uuid primary key,
    party_kind             text        not null,
    party_id               text        not null,
    url                    text        not null,
    -- Null: every type the party receives; otherwise only these.
    event_types            text[],
    -- UNVERIFIED until the receiver proved it wants the events, ACTIVE, or DISABLED (with a reason).
    status                 text        not null,
    disabled_reason        text,
    verification_code_hash bytea,
    -- AES-GCM sealed signing secrets; the previous one signs too until previous_secret_until.
    secret                 bytea       not null,
    previous_secret        bytea,
    previous_secret_until  timestamptz,
    -- Set by the first failure after a success, cleared by a success: five days of only failures disable.
    failing_since          timestamptz,
    created_at             timestamptz not null,
    verified_at            timestamptz
);
create index webhook_subscription_party_idx on webhook_subscription (party_kind, party_id);

-- One event for one subscription. A row is the queue entry: claimed with FOR UPDATE SKIP LOCKED and leased until
-- leased_until, so a crashed or second instance neither loses nor doubles it.
create table delivery (
    id              bigserial primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_seq       bigint references party_event (seq) on delete set null,
    event_id        text        not null,
    subject         text,
    -- EVENT (from the feed), TEST (sent on request) or VERIFICATION (the one-time code, before the subscription is
    -- active); the last two carry their own body.
    kind            text        not null,
    body            bytea,
    -- PENDING, DELIVERED, FAILED (after the last attempt; kept, resendable) or CANCELLED.
    status          text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    leased_until    timestamptz,
    leased_by       text,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    unique (subscription_id, event_id)
);
create index delivery_due_idx on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_order_idx on delivery (subscription_id, subject, id) where status = 'PENDING';
create index delivery_subscription_idx on delivery (subscription_id, status, id);

create table delivery_attempt (
    id           bigserial primary key,
    delivery_id  bigint      not null references delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    duration_ms  int         not null
);
create index delivery_attempt_delivery_idx on delivery_attempt (delivery_id, id);

-- Organisations that left the network: their subscriptions stay disabled and no new ones are accepted.
create table departed_organisation (
    organisation_id text primary key,
    departed_at     timestamptz not null
);
