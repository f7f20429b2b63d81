-- Each jurisdiction's calendar for a year names its source (the law, the decree) and says whether
-- it is provisional (no transfer decree or religious dates announced yet). An administrator
-- replaces a year through the API; every change is kept with who made it and the days before and
-- after.
create table calendar_year (
    jurisdiction  varchar(2)    not null,
    calendar_year integer       not null,
    source        varchar(1000) not null,
    provisional   boolean       not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100)  not null,
    primary key (jurisdiction, calendar_year)
);

create sequence calendar_change_seq start with 1 increment by 50;
create table calendar_change (
    id            bigint        not null primary key,
    jurisdiction  varchar(2)    not null,
    calendar_year integer       not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(100)  not null,
    source        varchar(1000) not null,
    days_before   varchar(100000),
    days_after    varchar(100000) not null
);
create index calendar_change_year on calendar_change (jurisdiction, calendar_year, changed_at);

-- Kyrgyzstan: the Labour Code of 2025. Feb 23, Apr 7 and Nov 7-8 stay holidays but are working
-- days; a holiday on a weekend is no longer moved to a weekday; Jan 1-6 and May 1-9 are blocks of
-- days off; Nooruz is one day. The old calendar (V3) followed the previous Code.
delete from holiday where jurisdiction = 'KG' and holiday_date between date '2026-01-01' and date '2027-12-31';
insert into holiday (jurisdiction, holiday_date, name, working_day) values
 ('KG', date '2026-01-01', 'New Year holidays', false),
 ('KG', date '2026-01-02', 'New Year holidays', false),
 ('KG', date '2026-01-05', 'New Year holidays', false),
 ('KG', date '2026-01-06', 'New Year holidays', false),
 ('KG', date '2026-01-07', 'Orthodox Christmas', false),
 ('KG', date '2026-01-08', 'New Year holidays extended for state, municipal and budget-funded bodies', false),
 ('KG', date '2026-01-09', 'New Year holidays extended for state, municipal and budget-funded bodies', false),
 ('KG', date '2026-03-08', 'International Women''s Day (a Sunday: not moved)', false),
 ('KG', date '2026-03-20', 'Orozo Ait', false),
 ('KG', date '2026-03-21', 'Nooruz (a Saturday: not moved)', false),
 ('KG', date '2026-05-01', 'Labour Day', false),
 ('KG', date '2026-05-04', 'May holidays', false),
 ('KG', date '2026-05-05', 'Constitution Day', false),
 ('KG', date '2026-05-06', 'May holidays', false),
 ('KG', date '2026-05-07', 'May holidays', false),
 ('KG', date '2026-05-08', 'May holidays', false),
 ('KG', date '2026-05-09', 'Victory Day (a Saturday: not moved)', false),
 ('KG', date '2026-05-27', 'Kurman Ait', false),
 ('KG', date '2026-08-31', 'Independence Day', false),
 ('KG', date '2027-01-01', 'New Year holidays', false),
 ('KG', date '2027-01-04', 'New Year holidays', false),
 ('KG', date '2027-01-05', 'New Year holidays', false),
 ('KG', date '2027-01-06', 'New Year holidays', false),
 ('KG', date '2027-01-07', 'Orthodox Christmas', false),
 ('KG', date '2027-03-08', 'International Women''s Day', false),
 ('KG', date '2027-03-10', 'Orozo Ait (expected date)', false),
 ('KG', date '2027-03-21', 'Nooruz (a Sunday: not moved)', false),
 ('KG', date '2027-05-01', 'Labour Day (a Saturday)', false),
 ('KG', date '2027-05-03', 'May holidays', false),
 ('KG', date '2027-05-04', 'May holidays', false),
 ('KG', date '2027-05-05', 'Constitution Day', false),
 ('KG', date '2027-05-06', 'May holidays', false),
 ('KG', date '2027-05-07', 'May holidays', false),
 ('KG', date '2027-05-09', 'Victory Day (a Sunday)', false),
 ('KG', date '2027-05-17', 'Kurman Ait (expected date)', false),
 ('KG', date '2027-08-31', 'Independence Day', false);

-- Kazakhstan: the Constitution adopted by referendum on 15 March 2026 makes the day of its adoption
-- Constitution Day, celebrated from 2027; 30 August is no longer a holiday from 2026 (Ministry of
-- Labour and Social Protection, March 2026).
delete from holiday where jurisdiction = 'KZ' and holiday_date in (date '2026-08-30', date '2026-08-31', date '2027-08-30');
insert into holiday (jurisdiction, holiday_date, name, working_day) values
 ('KZ', date '2027-03-15', 'Constitution Day', false);

insert into calendar_year (jurisdiction, calendar_year, source, provisional, updated_at, updated_by) values
 ('KG', 2026, 'Labour Code of the Kyrgyz Republic (2025), non-working holidays; Cabinet of Ministers decree No. 835 of '
   || '25 December 2025 (8 and 9 January for state, municipal and budget-funded bodies, no day moved); Orozo Ait on '
   || '20 March as announced; Kurman Ait on 27 May, the expected date', false, timestamp with time zone '2026-12-01 00:00:00+00:00', 'migration V14'),
 ('KG', 2027, 'Labour Code of the Kyrgyz Republic (2025), non-working holidays; Orozo Ait and Kurman Ait on their '
   || 'expected dates, to be confirmed by the Spiritual Administration of Muslims; no Cabinet decree for 2027 yet', true,
   timestamp with time zone '2026-12-01 00:00:00+00:00', 'migration V14'),
 ('KZ', 2026, 'Labour Code of the Republic of Kazakhstan, art. 85, and the Law on holidays; the 2026 calendar of the '
   || 'Government; 30 August no longer Constitution Day after the Constitution adopted on 15 March 2026', false,
   timestamp with time zone '2026-12-01 00:00:00+00:00', 'migration V14'),
 ('KZ', 2027, 'Labour Code of the Republic of Kazakhstan, art. 85, and the Law on holidays; Constitution Day on 15 March '
   || '(Constitution of 2026); Kurban Ait on its expected date; no Government transfer decree for 2027 yet', true,
   timestamp with time zone '2026-12-01 00:00:00+00:00', 'migration V14'),
 ('RU', 2026, 'Labour Code of the Russian Federation, art. 112; Government decree No. 1466 of 24 September 2025 on '
   || 'moving days off in 2026 (3 January to 9 January, 4 January to 31 December)', false,
   timestamp with time zone '2026-12-01 00:00:00+00:00', 'migration V14'),
 ('RU', 2027, 'Labour Code of the Russian Federation, art. 112 (a holiday on a weekend moves to the next working day); '
   || 'no Government decree moving the days off of 2 and 3 January 2027 found as of 1 December 2026', true,
   timestamp with time zone '2026-12-01 00:00:00+00:00', 'migration V14');
