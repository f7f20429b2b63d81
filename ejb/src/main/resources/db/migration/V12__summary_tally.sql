-- The yearly summary reads a tally instead of a year of appeals: per year of registration, how many
-- appeals each channel, kind, subject, region, body and status counts. Registration and case work
-- do not touch it (its rows would be written by every registration, and held until each commit);
-- they mark the appeal pending, and the tally (SummaryTally) folds pending appeals in, in batches,
-- in the background. The summary adds what is still pending to the tally in the same statement,
-- so it is exact at any moment.
create table appeal_tally (
    tally_year integer     not null,
    dimension  varchar(20) not null,
    -- '' stands for "none" (no region given, no body yet): a key column cannot be null
    code       varchar(40) not null,
    appeals    bigint      not null,
    primary key (tally_year, dimension, code)
);

-- One row, locked by each batch of the tally, so that batches from two nodes take turns.
create table appeal_tally_run (
    id              integer not null primary key,
    last_batch_at   timestamp with time zone,
    appeals_tallied bigint  not null
);
insert into appeal_tally_run (id, last_batch_at, appeals_tallied) values (1, null, 0);

-- What the tally counts the appeal as. Only status and body change after registration; channel,
-- kind, subject and region are counted once, when the appeal is first tallied (tallied_status is
-- null until then). Written by the tally only; every other write of an appeal sets tally_pending.
alter table appeal add column tallied_status varchar(20);
alter table appeal add column tallied_body_code varchar(40);
-- Appeals registered before this migration are pending: the tally counts them in its first runs.
alter table appeal add column tally_pending boolean default true not null;
create index appeal_tally_pending on appeal (tally_pending, id);

-- The summary no longer reads a year of appeals, so the index it read (V10) goes: one index less
-- to write for every registration and every change of status or body.
drop index appeal_summary;
