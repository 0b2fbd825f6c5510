-- A party's address for e-mail alerts. Mails other than the verification go out only once it is verified.
create table alert_contact (
    party_kind             text        not null,
    party_id               text        not null,
    email                  text        not null,
    verified_at            timestamptz,
    -- SHA-256 of the one-time code mailed to the address; cleared once verified.
    verification_code_hash bytea,
    verification_expires   timestamptz,
    verification_attempts  int         not null default 0,
    changed_at             timestamptz not null,
    primary key (party_kind, party_id)
);

-- Mails waiting to go out, and those sent. A row is claimed with FOR UPDATE SKIP LOCKED, so an SMTP outage delays
-- a mail and a second instance never sends it twice.
create table alert_mail (
    id              bigserial primary key,
    party_kind      text        not null,
    party_id        text        not null,
    -- NEW_OFFER, NEW_HANDOVER, UNANSWERED_HALFWAY, WEBHOOK_FAILING, WEBHOOK_DISABLED or VERIFICATION.
    kind            text        not null,
    -- What the mail is about (case reference, subscription id): one mail per kind and subject at most.
    about           text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text
);
create index alert_mail_due_idx on alert_mail (next_attempt_at) where sent_at is null;
create index alert_mail_about_idx on alert_mail (party_kind, party_id, kind, about, created_at);
