-- A body's head sees and acts on every appeal of the body, and may let one official work on a
-- colleague's appeals (cover in an absence) until the grant is revoked or runs out.
alter table official add column head boolean default false not null;

-- The demo head of the Ministry of Labour (demo account 'head').
insert into official (id, username, full_name, body_code, active, open_appeals, head)
values (23, 'head', 'Жумалиева Салтанат Бейшеновна', 'MIN_LABOUR_SOCIAL', true, 0, true);

create sequence colleague_grant_seq start with 1 increment by 50;
create table colleague_grant (
    id          bigint       not null primary key,
    body_code   varchar(40)  not null references body (code),
    grantee     varchar(100) not null,
    colleague   varchar(100) not null,
    reason      varchar(2000),
    granted_by  varchar(100) not null,
    granted_at  timestamp with time zone not null,
    until       timestamp with time zone,
    revoked_by  varchar(100),
    revoked_at  timestamp with time zone
);
create index colleague_grant_grantee on colleague_grant (grantee, revoked_at);
