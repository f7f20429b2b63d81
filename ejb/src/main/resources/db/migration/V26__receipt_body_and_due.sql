-- What a desk tells the citizen on the slip once the appeal is registered: the body it went to
-- (none while a dispatcher must route it) and the legal due date, as registration set them. Kept on
-- the receipt, which the desk that filed the appeal may read; neither is personal data.
alter table receipt add column body_code varchar(40);
alter table receipt add column due_at timestamp with time zone;
