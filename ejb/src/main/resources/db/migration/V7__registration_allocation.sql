-- A registration number and an official are reserved for a receipt in a short transaction of
-- their own, before the appeal is written: the hot rows (the year's counter, the body's officials)
-- are then locked for a moment, not for the whole registration and its commit with the broker.
-- A message delivered again finds its reservation and reuses it.
create table registration_allocation (
    receipt_id          uuid         not null primary key,
    registration_number varchar(20)  not null,
    body_code           varchar(40) references body (code),
    official_id         bigint references official (id),
    allocated_at        timestamp with time zone not null,
    constraint registration_allocation_number unique (registration_number)
);
