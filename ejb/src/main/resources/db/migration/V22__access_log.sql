-- The reads of personal data become a tamper-evident access log: what was read and from which
-- address, the reader's body (what a citizen is shown), and, once sealed, the entry's place in a
-- chain where each entry's hash covers the one before it (AccessLog).
alter table personal_data_access add column what varchar(40);
alter table personal_data_access add column address varchar(64);
alter table personal_data_access add column reader_body varchar(40);
alter table personal_data_access add column chain_position bigint;
alter table personal_data_access add column previous_hash varchar(64);
alter table personal_data_access add column entry_hash varchar(64);
update personal_data_access set what = 'APPEAL';
alter table personal_data_access alter column what set not null;
create unique index personal_data_access_position on personal_data_access (chain_position);

-- The head of the chain: the last sealed position and its hash. Sealing takes this row's lock,
-- so entries are chained one batch at a time however many nodes there are.
create table access_log_seal (
    id            integer     not null primary key,
    last_position bigint      not null,
    last_hash     varchar(64) not null,
    sealed_at     timestamp with time zone
);
insert into access_log_seal (id, last_position, last_hash, sealed_at)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', null);
