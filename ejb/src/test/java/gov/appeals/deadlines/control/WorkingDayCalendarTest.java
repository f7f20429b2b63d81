package gov.appeals.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private final WorkingDayCalendar plain = new WorkingDayCalendar(Set.of(), Set.of());

    @Test
    void fourteenWorkingDaysFromAMondayEndOnTheFridayTwoWeeksLater() {
        assertEquals(LocalDate.of(2026, 11, 20), plain.addWorkingDays(LocalDate.of(2026, 11, 2), 14));
    }

    @Test
    void theWorkingDaysBetweenTwoDaysAreWhatAddingThemGives() {
        assertEquals(0, plain.workingDaysBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)), "the same day");
        assertEquals(14, plain.workingDaysBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20)));
        assertEquals(0, plain.workingDaysBetween(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 8)), "Friday to Sunday");
    }

    @Test
    void aWeekendRegistrationCountsFromMonday() {
        // Saturday 7 November: Monday 9 is day 1, Friday 13 is day 5
        assertEquals(LocalDate.of(2026, 11, 13), plain.addWorkingDays(LocalDate.of(2026, 11, 7), 5));
    }

    @Test
    void holidaysAreSkippedAndTransferredWorkingSaturdaysCount() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                Set.of(LocalDate.of(2026, 12, 31)),           // a Thursday made a day off
                Set.of(LocalDate.of(2026, 12, 26)));          // a Saturday made a working day
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 31)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 26)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 27)));
        // From Thursday 24 December: Fri 25, Sat 26 (working), Mon 28, Tue 29, Wed 30, (Thu 31 off), Fri 1 Jan
        assertEquals(LocalDate.of(2027, 1, 1), calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 6));
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeTermsAreRefused() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals(day, plain.addWorkingDays(day, 0));
        assertThrows(IllegalArgumentException.class, () -> plain.addWorkingDays(day, -1));
    }

    @Test
    void theDeadlineIsTheEndOfTheDayInTheDeploymentsZone() {
        // Registered at 23:30 UTC on Sunday 22 November = 05:30 on Monday 23 in Bishkek (UTC+6).
        Instant registered = Instant.parse("2026-11-22T23:30:00Z");
        Instant due = CaseTerms.of(JurisdictionPreset.KG, plain, BISHKEK).answerDue(registered, registered);
        // 14 working days after Monday 23 November: Friday 11 December, 23:59:59 Bishkek time.
        assertEquals(Instant.parse("2026-12-11T17:59:59Z"), due);
    }

    @Test
    void kyrgyzHolidaysMoveTheDeadline() {
        WorkingDayCalendar kg = new WorkingDayCalendar(Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 7)), Set.of());
        // From Thursday 24 December 2026, 14 working days, skipping 1 and 7 January 2027.
        assertEquals(LocalDate.of(2027, 1, 15), kg.addWorkingDays(LocalDate.of(2026, 12, 24), 14));
    }
}
