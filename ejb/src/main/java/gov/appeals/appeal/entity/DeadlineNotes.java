package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * When the deadline watch marked the appeal, once per term each: a new answer term (an extension,
 * a reopening) or a new body's forwarding term lets the mark be made again.
 */
@Embeddable
public class DeadlineNotes {

    @Column(name = "due_soon_noted_at")
    private Instant dueSoon;
    @Column(name = "overdue_noted_at")
    private Instant overdue;
    @Column(name = "forwarding_overdue_noted_at")
    private Instant forwardingOverdue;

    /** False when the mark was made already in this term. */
    boolean note(DeadlineMark mark, Instant at) {
        if (notedAt(mark) != null) {
            return false;
        }
        switch (mark) {
            case DUE_SOON -> dueSoon = at;
            case OVERDUE -> overdue = at;
            case FORWARDING_OVERDUE -> forwardingOverdue = at;
        }
        return true;
    }

    public Instant notedAt(DeadlineMark mark) {
        return switch (mark) {
            case DUE_SOON -> dueSoon;
            case OVERDUE -> overdue;
            case FORWARDING_OVERDUE -> forwardingOverdue;
        };
    }

    /** The due date moved later: it may come due soon again, and it is not overdue. */
    void answerTermMoved() {
        dueSoon = null;
    }

    /** A new answer term from now (reopened). */
    void answerTermRestarted() {
        dueSoon = null;
        overdue = null;
    }

    /** The appeal arrived at a body: that body's forwarding term starts. */
    void forwardingTermRestarted() {
        forwardingOverdue = null;
    }
}
