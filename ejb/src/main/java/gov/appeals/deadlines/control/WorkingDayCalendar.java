package gov.appeals.deadlines.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Monday to Friday, less public holidays, plus weekend days made working by a transfer.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The n-th working day after {@code start} (not counting {@code start} itself): a term of 14
     * working days from a Monday registration ends on the Friday two weeks later, holidays aside.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A term cannot be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
