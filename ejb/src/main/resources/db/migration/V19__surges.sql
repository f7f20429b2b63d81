-- Surge alarms: one subject in one region suddenly far above its usual day. A surge is raised once
-- and stays open until the day's appeals fall back; supervisors see open and past surges.
create sequence surge_seq start with 1 increment by 50;
create table surge (
    id            bigint        not null primary key,
    category_code varchar(40)   not null references category (code),
    region_code   varchar(40)   not null references region (code),
    raised_at     timestamp with time zone not null,
    appeals       integer       not null,
    baseline      numeric(10,2) not null,
    peak          integer       not null,
    cleared_at    timestamp with time zone
);
create index surge_open on surge (cleared_at, raised_at);
-- The watch counts a subject's appeals per region over the last day and the same day of earlier weeks.
create index appeal_received_category_region on appeal (received_at, category_code, region_code);
