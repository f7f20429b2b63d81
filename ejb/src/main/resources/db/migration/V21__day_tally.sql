-- The performance report's and the public statistics' tally: the appeals received on each day, by
-- body, subject and region ('' for none), recounted from the appeals of that day whenever one of
-- them changes (the summary tally's fold sees the change). The reports add up days, not appeals.
create table day_tally (
    received_on      date        not null,
    body_code        varchar(40) not null,
    category_code    varchar(40) not null,
    region_code      varchar(40) not null,
    appeals          bigint      not null,
    answered         bigint      not null,
    answered_on_time bigint      not null,
    answered_late    bigint      not null,
    redirections     bigint      not null,
    repeats          bigint      not null,
    supported        bigint      not null,
    verdicts         bigint      not null,
    satisfied        bigint      not null,
    reconsiderations bigint      not null,
    primary key (received_on, body_code, category_code, region_code)
);

-- How many of those answers took each number of working days.
create table day_tally_answer_days (
    received_on   date        not null,
    body_code     varchar(40) not null,
    category_code varchar(40) not null,
    region_code   varchar(40) not null,
    working_days  integer     not null,
    answers       bigint      not null,
    primary key (received_on, body_code, category_code, region_code, working_days)
);

-- The appeals of that day still owed an answer, by due date: overdue is a matter of when one asks.
create table day_tally_open (
    received_on   date        not null,
    body_code     varchar(40) not null,
    category_code varchar(40) not null,
    region_code   varchar(40) not null,
    due_at        timestamp with time zone,
    appeals       bigint      not null
);
create index day_tally_open_day on day_tally_open (received_on);

-- Every appeal already there is counted in by the fold after the upgrade (the summary's own tally
-- only moves what changed, so this does not count it twice).
update appeal set tally_pending = true;
