-- Working days from receipt to answer, counted when the answer is given; null for answers given
-- before (the performance report counts those from their dates).
alter table appeal add column answer_working_days integer;
