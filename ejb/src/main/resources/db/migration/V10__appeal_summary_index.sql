-- The yearly summary groups a year's appeals by channel, kind, subject, region, body and status.
-- With every one of those columns in the index after the registration date, the summary reads
-- this index alone instead of the table's rows (an index-only scan on PostgreSQL, a covering index
-- on H2). It replaces the index on the registration date alone, which it also serves.
create index appeal_summary on appeal (registered_at, channel, kind, category_code, region_code, body_code, status);
drop index appeal_registered;
