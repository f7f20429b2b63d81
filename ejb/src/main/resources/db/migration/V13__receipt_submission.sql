-- The database is the one record of what intake accepted: each receipt holds its whole submission
-- (the intake message, JSON) until it is registered, so that a message lost between the commit and
-- the broker is sent again from here (IntakeRelay). handed_over_at is when its message was last
-- sent or claimed for sending; hand_overs how often. Receipts accepted before this version carry no
-- submission: their messages were sent in the receipt's own (XA) transaction.
alter table receipt add column submission varchar(1000000);
alter table receipt add column handed_over_at timestamp with time zone;
alter table receipt add column hand_overs integer default 0 not null;
-- Which sending registered it: 1 the one at intake, more one that the relay sent again.
alter table receipt add column registered_hand_over integer;
-- Why the receipt was written again after it was missing (a database restored from a backup, a
-- dead letter whose receipt was lost); null for receipts written at intake.
alter table receipt add column recreated varchar(500);
update receipt set handed_over_at = accepted_at, hand_overs = 1;

-- The relay looks for receipts still QUEUED, oldest hand-over first; the backlog count uses it too.
drop index receipt_status;
create index receipt_waiting on receipt (status, handed_over_at);

-- A dead letter is recorded once per message, even when the broker delivers it again after a crash.
create index dead_letter_message on dead_letter (message_id);
