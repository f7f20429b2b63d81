package gov.appeals.deadlines.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The answer term: the end of the N-th working day after registration (23:59:59 in the
 * deployment's time zone), with the jurisdiction's holidays skipped.
 */
@ApplicationScoped
public class DeadlineCalculator {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    @Inject
    AppealsSettings settings;

    @Inject
    HolidayCalendars calendars;

    public Instant answerDue(Instant registeredAt) {
        return endOfWorkingDay(calendars.of(settings.jurisdiction()), settings.zone(), registeredAt,
                settings.answerTermWorkingDays());
    }

    static Instant endOfWorkingDay(WorkingDayCalendar calendar, ZoneId zone, Instant from, int workingDays) {
        LocalDate start = from.atZone(zone).toLocalDate();
        return calendar.addWorkingDays(start, workingDays).atTime(END_OF_DAY).atZone(zone).toInstant();
    }
}
