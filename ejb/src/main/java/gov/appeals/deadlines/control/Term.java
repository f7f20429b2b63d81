package gov.appeals.deadlines.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term as the laws state it: so many working days, calendar days or months. Written in
 * configuration as {@code 14WD}, {@code 30D} or {@code 2M}.
 */
public record Term(int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS("WD"), DAYS("D"), MONTHS("M");

        final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*(WD|D|M)");

    public Term {
        if (amount < 0) {
            throw new IllegalArgumentException("A term cannot be negative: " + amount);
        }
    }

    public static Term parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("A term is written like 14WD (working days), 30D (days) or 2M (months): " + text);
        }
        int amount = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "WD" -> new Term(amount, Unit.WORKING_DAYS);
            case "D" -> new Term(amount, Unit.DAYS);
            default -> new Term(amount, Unit.MONTHS);
        };
    }

    /** The day the term ends on, counted from {@code start} (the start day itself not counted). */
    public LocalDate endFrom(LocalDate start, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
