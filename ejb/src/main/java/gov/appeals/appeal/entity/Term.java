package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The answer term: the due date, the one extension a head may grant with a reason, and when the
 * deadline watch marked it due soon and overdue, once per term. No due date means nothing is left
 * to answer (settled at intake). JPA loads a term of nulls as null: the appeal stands in an empty one.
 */
@Embeddable
public class Term {

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "extended_days")
    private Integer extendedDays;

    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;

    @Column(name = "due_soon_noted_at")
    private Instant dueSoonNotedAt;

    @Column(name = "overdue_noted_at")
    private Instant overdueNotedAt;

    /** A term runs to {@code due} from now: registered, or reopened (an extension granted earlier stays spent). */
    void runsTo(Instant due) {
        dueAt = due;
        dueSoonNotedAt = null;
        overdueNotedAt = null;
    }

    /** Extended once, with a reason, before the term ends, by no more than the law in force allows. */
    void extend(String number, Instant at, int days, String reason, TermPolicy terms) {
        if (extendedDays != null) {
            throw Refusal.notAllowed("Appeal " + number + " was already extended once, by " + extendedDays
                    + " days; a term is extended only once");
        }
        if (dueAt == null || at.isAfter(dueAt)) {
            throw Refusal.notAllowed("The term of appeal " + number
                    + " has already ended; an extension is decided before it ends");
        }
        dueAt = terms.extendedDue(dueAt, days).orElseThrow(() -> Refusal.notAllowed(
                "An extension may be " + terms.extensionLimit(dueAt) + "; " + days + " were asked"));
        extendedDays = days;
        extensionReason = reason;
        dueSoonNotedAt = null; // a later date may come due soon again
    }

    /** False when this term was marked so already. */
    boolean note(DeadlineMark mark, Instant at) {
        if (mark == DeadlineMark.DUE_SOON && dueSoonNotedAt == null) {
            dueSoonNotedAt = at;
            return true;
        }
        if (mark == DeadlineMark.OVERDUE && overdueNotedAt == null) {
            overdueNotedAt = at;
            return true;
        }
        return false;
    }

    /** Null when nothing is left to answer. */
    public Instant dueAt() {
        return dueAt;
    }

    /** Null unless extended. */
    public Integer extendedDays() {
        return extendedDays;
    }

    public String extensionReason() {
        return extensionReason;
    }
}
