-- The case workflow: what happens to an appeal after registration (redirections, extension,
-- answer, closure), the deadline watch's marks, links between appeals of the same person, the
-- citizen's access code and the notifications owed to the citizen.

alter table receipt add column access_code varchar(12);

alter table appeal add column access_code varchar(12);
-- The term within which the body holding the appeal must send it on if it is not competent.
alter table appeal add column arrived_at_body timestamp with time zone;
alter table appeal add column forward_by timestamp with time zone;
alter table appeal add column redirection_count integer default 0 not null;
alter table appeal add column extended_days integer;
alter table appeal add column extension_reason varchar(2000);
-- Why supervisors must look at it: REDIRECTION_LIMIT or REPEAT.
alter table appeal add column escalation varchar(30);
alter table appeal add column escalated_at timestamp with time zone;
alter table appeal add column due_soon_noted_at timestamp with time zone;
alter table appeal add column overdue_noted_at timestamp with time zone;
alter table appeal add column forwarding_overdue_noted_at timestamp with time zone;
alter table appeal add column answer_text varchar(20000);
alter table appeal add column answer_outcome varchar(30);
alter table appeal add column answer_language varchar(10);
alter table appeal add column oral_answer_consent boolean;
alter table appeal add column answered_at timestamp with time zone;
alter table appeal add column answered_by varchar(100);
alter table appeal add column closed_at timestamp with time zone;
alter table appeal add column is_repeat boolean default false not null;
-- The applicant, normalised for matching a later appeal of the same person (see ApplicantMatch).
alter table appeal add column match_phone varchar(20);
alter table appeal add column match_email varchar(254);
alter table appeal add column match_national_id varchar(20);

create index appeal_status_due on appeal (status, due_at);
create index appeal_status_forward on appeal (status, forward_by);
create index appeal_match_phone on appeal (match_phone, category_code);
create index appeal_match_email on appeal (match_email, category_code);
create index appeal_match_national_id on appeal (match_national_id, category_code);

-- Every hop of a redirection, in order.
create sequence appeal_redirection_seq start with 1 increment by 50;
create table appeal_redirection (
    id        bigint        not null primary key,
    appeal_id bigint        not null references appeal (id),
    hop       integer       not null,
    from_body varchar(40)   not null references body (code),
    to_body   varchar(40)   not null references body (code),
    reason    varchar(2000) not null,
    actor     varchar(100)  not null,
    at        timestamp with time zone not null,
    -- sent on after the forwarding term had ended
    late      boolean       not null,
    constraint appeal_redirection_hop unique (appeal_id, hop)
);

-- A later appeal of the same person on the same subject: DUPLICATE (the earlier one still open)
-- or REPEAT (the earlier one already answered). Read both ways.
create sequence appeal_link_seq start with 1 increment by 50;
create table appeal_link (
    id          bigint      not null primary key,
    appeal_id   bigint      not null references appeal (id),
    earlier_id  bigint      not null references appeal (id),
    link_type   varchar(20) not null,
    at          timestamp with time zone not null,
    constraint appeal_link_pair unique (appeal_id, earlier_id)
);
create index appeal_link_earlier on appeal_link (earlier_id);

-- The transactional outbox: a message to the citizen is written with the change that causes it
-- and sent only once that change is committed; failures are retried and stay visible.
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id              bigint        not null primary key,
    appeal_id       bigint        not null references appeal (id),
    event           varchar(30)   not null,
    medium          varchar(10)   not null,
    recipient       varchar(254)  not null,
    language        varchar(10)   not null,
    subject         varchar(300)  not null,
    body            varchar(40000) not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    sent_at         timestamp with time zone
);
create index notification_appeal on notification (appeal_id, id);
create index notification_due on notification (status, next_attempt_at);
