package gov.appeals.deadlines.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Monday to Friday, less public holidays, plus weekend days made working by a transfer. It knows
 * which years it has a calendar for: in any other year it can only count Mondays to Fridays.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;
    private final Set<Integer> years;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        this.years = Set.copyOf(years);
    }

    /** A calendar for the years its days fall in. */
    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this(holidays, workingWeekendDays, Stream.concat(holidays.stream(), workingWeekendDays.stream())
                .map(LocalDate::getYear).collect(Collectors.toSet()));
    }

    /** The years from {@code first} to {@code last} (inclusive) that this calendar has no days for, in order. */
    public List<Integer> yearsWithout(LocalDate first, LocalDate last) {
        return IntStream.rangeClosed(first.getYear(), last.getYear()).filter(y -> !years.contains(y)).boxed().toList();
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

    /** Working days after {@code from} up to and including {@code to}: 0 when answered the day it was received. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
