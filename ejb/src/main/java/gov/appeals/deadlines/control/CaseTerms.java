package gov.appeals.deadlines.control;

import gov.appeals.appeal.entity.TermPolicy;
import gov.appeals.deadlines.control.JurisdictionPreset.TermStart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The terms in force for one deployment: its jurisdiction's preset with any overrides, its
 * working-day calendar and time zone. Every term ends at 23:59:59 of its last day in that zone.
 */
public record CaseTerms(String jurisdiction, Term answer, TermStart answerFrom, Term forward, Term extensionMax,
        int dueSoonWorkingDays, int redirectionLimit, WorkingDayCalendar calendar, ZoneId zone) implements TermPolicy {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public static CaseTerms of(JurisdictionPreset preset, WorkingDayCalendar calendar, ZoneId zone) {
        return new CaseTerms(preset.name(), preset.answer, preset.answerFrom, preset.forward, preset.extensionMax, 3, 2,
                calendar, zone);
    }

    public CaseTerms withAnswer(Term term) {
        return new CaseTerms(jurisdiction, term, answerFrom, forward, extensionMax, dueSoonWorkingDays, redirectionLimit,
                calendar, zone);
    }

    public CaseTerms withForward(Term term) {
        return new CaseTerms(jurisdiction, answer, answerFrom, term, extensionMax, dueSoonWorkingDays, redirectionLimit,
                calendar, zone);
    }

    public CaseTerms withExtensionMax(Term term) {
        return new CaseTerms(jurisdiction, answer, answerFrom, forward, term, dueSoonWorkingDays, redirectionLimit,
                calendar, zone);
    }

    public CaseTerms withLimits(int dueSoon, int redirections) {
        return new CaseTerms(jurisdiction, answer, answerFrom, forward, extensionMax, dueSoon, redirections, calendar, zone);
    }

    /** When the answer is due, for an appeal received and registered at these instants. */
    public Instant answerDue(Instant receivedAt, Instant registeredAt) {
        return endOfDay(answer.endFrom(day(answerStart(receivedAt, registeredAt)), calendar));
    }

    /** Where the answer term starts: receipt or registration, as the jurisdiction's law says. */
    public Instant answerStart(Instant receivedAt, Instant registeredAt) {
        return answerFrom == TermStart.RECEIPT ? receivedAt : registeredAt;
    }

    /**
     * What to note when a term from {@code from} to {@code due} runs through a year this
     * jurisdiction has no calendar for (its holidays then count as working days), or empty.
     */
    public Optional<String> calendarGap(Instant from, Instant due) {
        List<Integer> missing = calendar.yearsWithout(day(from), day(due));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("No " + jurisdiction + " holiday calendar for " + missing.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ": the term to " + day(due)
                + " counts every Monday to Friday there as a working day");
    }

    /** When a body that received the appeal at {@code arrivedAt} must have sent it on, if it is not competent. */
    public Instant forwardDue(Instant arrivedAt) {
        return endOfDay(forward.endFrom(day(arrivedAt), calendar));
    }

    /**
     * The due date moved by an extension of {@code days} calendar days, or empty when that is longer
     * than the jurisdiction allows.
     */
    @Override
    public Optional<Instant> extendedDue(Instant due, int days) {
        LocalDate dueDay = day(due);
        LocalDate extended = dueDay.plusDays(days);
        return extended.isAfter(extensionMax.endFrom(dueDay, calendar)) ? Optional.empty() : Optional.of(endOfDay(extended));
    }

    @Override
    public int workingDaysBetween(Instant from, Instant to) {
        return calendar.workingDaysBetween(day(from), day(to));
    }

    /** The longest extension allowed from this due date, in calendar days. */
    public long maxExtensionDays(Instant due) {
        LocalDate dueDay = day(due);
        return dueDay.until(extensionMax.endFrom(dueDay, calendar), java.time.temporal.ChronoUnit.DAYS);
    }

    @Override
    public String extensionLimit(Instant due) {
        return "at most " + maxExtensionDays(due) + " days here (" + extensionMax + " under the " + jurisdiction
                + " terms)";
    }

    /**
     * The last moment an appeal can be due and still count as due soon at {@code now}: the end of
     * the {@link #dueSoonWorkingDays}-th working day from today. Due soon is due between now and
     * then; overdue is due before now.
     */
    public Instant dueSoonHorizon(Instant now) {
        return endOfDay(calendar.addWorkingDays(day(now), dueSoonWorkingDays));
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(zone).toInstant();
    }
}
