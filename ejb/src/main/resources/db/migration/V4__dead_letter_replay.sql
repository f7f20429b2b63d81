-- Dead letters can be replayed by an administrator once the cause is fixed: who and when is kept.
alter table dead_letter add column status varchar(20) default 'DEAD' not null;
alter table dead_letter add column replayed_at timestamp with time zone;
alter table dead_letter add column replayed_by varchar(100);
create index dead_letter_status on dead_letter (status, dead_at);
