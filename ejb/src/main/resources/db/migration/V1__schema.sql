-- The appeals schema. Portable SQL: the same migrations run on H2 (embedded default) and PostgreSQL.

create table category (
    code     varchar(40)  not null primary key,
    name_ky  varchar(300) not null,
    name_ru  varchar(300) not null,
    name_en  varchar(300) not null,
    position integer      not null
);

create table region (
    code     varchar(40)  not null primary key,
    name_ky  varchar(300) not null,
    name_ru  varchar(300) not null,
    name_en  varchar(300) not null,
    position integer      not null
);

create table body (
    code     varchar(40)  not null primary key,
    name_ky  varchar(300) not null,
    name_ru  varchar(300) not null,
    name_en  varchar(300) not null,
    position integer      not null
);

create table reception_point (
    code        varchar(40)  not null primary key,
    name_ky     varchar(300) not null,
    name_ru     varchar(300) not null,
    name_en     varchar(300) not null,
    position    integer      not null,
    region_code varchar(40)  not null references region (code)
);

create table routing_rule (
    id            bigint      not null primary key,
    category_code varchar(40) not null references category (code),
    region_code   varchar(40) references region (code),
    body_code     varchar(40) not null references body (code)
);
create unique index routing_rule_scope on routing_rule (category_code, region_code);

create table official (
    id           bigint       not null primary key,
    username     varchar(100) not null unique,
    full_name    varchar(200) not null,
    body_code    varchar(40)  not null references body (code),
    active       boolean      not null,
    open_appeals integer      not null
);
create index official_body on official (body_code);

create table holiday (
    jurisdiction varchar(2)   not null,
    holiday_date date         not null,
    name         varchar(200) not null,
    working_day  boolean      not null,
    primary key (jurisdiction, holiday_date)
);

create table registration_counter (
    reg_year   integer not null primary key,
    last_value bigint  not null
);

create sequence intake_request_seq start with 1 increment by 50;
create table intake_request (
    id              bigint       not null primary key,
    filed_by        varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    channel         varchar(20)  not null,
    created_at      timestamp with time zone not null,
    constraint intake_request_key unique (filed_by, idempotency_key)
);

create table receipt (
    id                   uuid         not null primary key,
    channel              varchar(20)  not null,
    status               varchar(20)  not null,
    filed_by             varchar(100) not null,
    accepted_at          timestamp with time zone not null,
    request_id           bigint references intake_request (id),
    position             integer      not null,
    registration_number  varchar(20),
    reason               varchar(500),
    duplicate_deliveries integer      not null
);
create index receipt_request on receipt (request_id);

create sequence appeal_seq start with 1 increment by 50;
create table appeal (
    id                    bigint        not null primary key,
    version               integer       not null,
    registration_number   varchar(20)   not null,
    receipt_id            uuid          not null,
    channel               varchar(20)   not null,
    kind                  varchar(20)   not null,
    category_code         varchar(40)   not null references category (code),
    region_code           varchar(40) references region (code),
    language              varchar(10),
    summary               varchar(20000) not null,
    status                varchar(20)   not null,
    received_at           timestamp with time zone not null,
    registered_at         timestamp with time zone not null,
    due_at                timestamp with time zone,
    filed_by              varchar(100)  not null,
    body_code             varchar(40) references body (code),
    assignee_id           bigint references official (id),
    applicant_full_name   varchar(300),
    applicant_phone       varchar(40),
    applicant_email       varchar(254),
    applicant_address     varchar(500),
    applicant_national_id varchar(20),
    anonymous             boolean       not null,
    signatories           integer,
    respondent_code       varchar(40) references body (code),
    caller_number         varchar(40),
    call_id               varchar(100),
    reception_point_code  varchar(40) references reception_point (code),
    ticket_number         varchar(40),
    radio_programme       varchar(200),
    radio_air_date        date,
    radio_episode         varchar(100),
    answered_on_air       boolean,
    on_air_answer         varchar(20000),
    constraint appeal_registration_number unique (registration_number),
    -- one appeal per receipt: a redelivered intake message can never register twice
    constraint appeal_receipt unique (receipt_id)
);
create index appeal_received on appeal (received_at, id);
create index appeal_status_received on appeal (status, received_at);
create index appeal_category_received on appeal (category_code, received_at);
create index appeal_body_received on appeal (body_code, received_at);
create index appeal_channel_received on appeal (channel, received_at);
create index appeal_assignee on appeal (assignee_id);

create sequence appeal_history_seq start with 1 increment by 50;
create table appeal_history (
    id        bigint       not null primary key,
    appeal_id bigint       not null references appeal (id),
    at        timestamp with time zone not null,
    action    varchar(40)  not null,
    actor     varchar(100) not null,
    detail    varchar(2000)
);
create index appeal_history_appeal on appeal_history (appeal_id, at);

create sequence delivery_failure_seq start with 1 increment by 50;
create table delivery_failure (
    id         bigint        not null primary key,
    receipt_id uuid,
    at         timestamp with time zone not null,
    attempt    integer       not null,
    error      varchar(1000) not null
);
create index delivery_failure_receipt on delivery_failure (receipt_id, at);

create sequence dead_letter_seq start with 1 increment by 50;
create table dead_letter (
    id                bigint         not null primary key,
    receipt_id        uuid,
    message_id        varchar(200),
    payload           varchar(1000000) not null,
    error             varchar(1000),
    delivery_attempts integer        not null,
    dead_at           timestamp with time zone not null
);
create index dead_letter_dead_at on dead_letter (dead_at);

create sequence personal_data_access_seq start with 1 increment by 50;
create table personal_data_access (
    id                  bigint       not null primary key,
    at                  timestamp with time zone not null,
    actor               varchar(100) not null,
    registration_number varchar(20)  not null
);
create index personal_data_access_number on personal_data_access (registration_number, at);
