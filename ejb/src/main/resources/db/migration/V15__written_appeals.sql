-- Written and electronic appeals: how a letter or mail came, and the sender's own outgoing number
-- and date when the letter has them.
alter table appeal add column received_via varchar(20);
alter table appeal add column letter_number varchar(60);
alter table appeal add column letter_date date;

-- The files that came with an appeal, committed with its receipt (the intake message names them by
-- id; a file never travels through the broker). The receipt's own row is written after its files
-- in the same transaction, so receipt_id is indexed but not a foreign key.
create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id          bigint       not null primary key,
    receipt_id  uuid         not null,
    file_name   varchar(255),
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    chunks      integer      not null,
    received_at timestamp with time zone not null
);
create index attachment_receipt on attachment (receipt_id);

-- A file's bytes in pieces of at most 256 KiB, written and read one at a time: neither the database
-- driver nor the server ever holds a whole file (bytea: H2 and PostgreSQL both take it).
create table attachment_chunk (
    attachment_id bigint  not null references attachment (id),
    seq           integer not null,
    data          bytea   not null,
    primary key (attachment_id, seq)
);
