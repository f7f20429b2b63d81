-- The citizen's verdict on an answer: given once, changed at most once, within the window
-- (appeals.verdict.window-days). It belongs to the answer: a reopened appeal's next answer gets
-- its own, and the history keeps the earlier one.
alter table appeal add column verdict varchar(20);
alter table appeal add column verdict_comment varchar(2000);
alter table appeal add column verdict_at timestamp with time zone;
alter table appeal add column verdict_via varchar(20);
alter table appeal add column verdict_recorded_by varchar(100);
alter table appeal add column verdict_changed boolean;
-- Not satisfied, with a comment: a reconsideration was opened, once per appeal.
alter table appeal add column reconsideration_requested boolean default false not null;

-- Which body reconsiders a body's answers. The Presidential Administration's appeals department
-- oversees the executive bodies; the prosecutor's office and the court administration answer to no
-- body here, so their reconsiderations go to a supervisor.
alter table body add column parent_code varchar(40) references body (code);
update body set parent_code = 'APPEALS_DEPARTMENT'
    where code in ('MIN_INTERIOR', 'MIN_LABOUR_SOCIAL', 'MIN_HEALTH', 'MIN_EDUCATION', 'MIN_ECONOMY', 'LAND_RESOURCES',
                   'STATE_REGISTRATION', 'BISHKEK_CITY_HALL');
