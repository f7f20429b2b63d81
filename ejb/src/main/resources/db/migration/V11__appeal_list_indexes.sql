-- The appeals list is newest first (received_at desc, id desc), filtered by channel, status,
-- subject or body. These indexes hold the rows in that order behind each filter, so a page reads
-- its 50 entries and stops: H2 2.2 cannot read an index backwards, and PostgreSQL no longer needs
-- to sort ties by id. They replace the ascending indexes of V1.
drop index appeal_received;
drop index appeal_status_received;
drop index appeal_category_received;
drop index appeal_body_received;
drop index appeal_channel_received;
create index appeal_list on appeal (received_at desc, id desc);
create index appeal_list_status on appeal (status, received_at desc, id desc);
create index appeal_list_category on appeal (category_code, received_at desc, id desc);
create index appeal_list_body on appeal (body_code, received_at desc, id desc);
create index appeal_list_channel on appeal (channel, received_at desc, id desc);
