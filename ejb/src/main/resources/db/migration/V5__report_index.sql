-- Yearly statistics count appeals by registration date.
create index appeal_registered on appeal (registered_at);
