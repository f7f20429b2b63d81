package gov.appeals.appeal.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * What the law in force allows an appeal's terms: the appeal asks, the deadlines component answers
 * with the jurisdiction's terms and working-day calendar.
 */
public interface TermPolicy {

    /** The due date moved by an extension of {@code days} calendar days, or empty when the law allows less. */
    Optional<Instant> extendedDue(Instant due, int days);

    /** The longest extension allowed from this due date, said for a person (why a longer one is refused). */
    String extensionLimit(Instant due);

    /** Working days after the day of {@code from} up to and including the day of {@code to}, in the office's zone. */
    int workingDaysBetween(Instant from, Instant to);
}
