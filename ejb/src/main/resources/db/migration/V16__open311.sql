-- Open311 GeoReport v2: the keys civic apps and city integrations file appeals with. Only a hash of
-- a key is kept (the key is shown once, when issued); a revoked key stays, since appeals name it.
create sequence open311_key_seq start with 1 increment by 50;
create table open311_key (
    id                  bigint       not null primary key,
    client              varchar(200) not null,
    key_hash            varchar(64)  not null,
    key_prefix          varchar(12)  not null,
    requests_per_minute integer      not null,
    issued_at           timestamp with time zone not null,
    issued_by           varchar(100) not null,
    revoked_at          timestamp with time zone,
    revoked_by          varchar(100)
);
create unique index open311_key_hash on open311_key (key_hash);

-- Which key filed an appeal, and what the app said of the place and of a photo.
alter table appeal add column open311_key_id bigint references open311_key (id);
alter table appeal add column media_url varchar(1000);
alter table appeal add column latitude double precision;
alter table appeal add column longitude double precision;
alter table appeal add column address_string varchar(500);
alter table appeal add column address_id varchar(100);

-- An official may judge an appeal's text fit for public feeds; until then they show the subject only.
alter table appeal add column description_public boolean default false not null;

-- GET requests of Open311 lists the appeals that came through it, newest first, within a window.
create index appeal_received_via on appeal (received_via, received_at);
