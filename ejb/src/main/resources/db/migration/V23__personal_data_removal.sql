-- Retention and erasure: an appeal whose applicant's personal data and free text were removed keeps
-- when (why is in its history: PSEUDONYMISED or ERASED), with its numbers, dates, subject, body and
-- outcome, so links, counts and statistics stay.
alter table appeal add column personal_data_removed_at timestamp with time zone;
-- The retention job's question: closed appeals, oldest first, not yet done.
create index appeal_retention on appeal (closed_at, id);

-- Each erasure on request: who ordered it, why, and which appeals it covered.
create sequence erasure_seq start with 1 increment by 50;
create table erasure (
    id                   bigint        not null primary key,
    at                   timestamp with time zone not null,
    actor                varchar(100)  not null,
    reason               varchar(2000) not null,
    registration_numbers varchar(20000) not null,
    appeals              integer       not null
);
