package gov.appeals.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A period of days given as {@code ?from=&to=} (both included, YYYY-MM-DD), at most so many days long. */
public record Period(LocalDate from, LocalDate to) {

    /** The period, or 400 naming the fields that are missing or wrong. */
    public static Period of(String from, String to, long maxDays) {
        List<FieldError> errors = new ArrayList<>();
        Period period = of(from, to, maxDays, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return period;
    }

    /** The period, with what is wrong with it added to {@code errors} (a date is null when it is). */
    public static Period of(String from, String to, long maxDays, List<FieldError> errors) {
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(start, end) >= maxDays) {
                errors.add(new FieldError("to", "at most " + maxDays + " days after from: ask a year at a time"));
            }
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required: a date, YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date, YYYY-MM-DD"));
            return null;
        }
    }
}
