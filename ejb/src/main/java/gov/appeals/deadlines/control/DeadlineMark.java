package gov.appeals.deadlines.control;

import gov.appeals.registration.entity.AppealStatus;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Set;

/**
 * What the deadline watch notes on an appeal, once per term, and which appeals qualify: one JPQL
 * condition (on {@code Appeal a}) serves both the watch and the control lists.
 */
public enum DeadlineMark {
    /** Due within the coming working days (3 by default). */
    DUE_SOON("a.status in :statuses and a.dueAt >= :now and a.dueAt <= :horizon", AppealStatus.OPEN,
            "a.dueSoonNotedAt"),
    /** Past due and not answered. */
    OVERDUE("a.status in :statuses and a.dueAt < :now", AppealStatus.OPEN, "a.overdueNotedAt"),
    /** Past the forwarding term and still not taken up: no dispatcher routed it, or its body assigned nobody. */
    FORWARDING_OVERDUE("a.status in :statuses and a.assignee is null and a.forwardBy < :now",
            Set.of(AppealStatus.REGISTERED), "a.forwardingOverdueNotedAt");

    private final String condition;
    private final Set<AppealStatus> statuses;
    private final String notedAt;

    DeadlineMark(String condition, Set<AppealStatus> statuses, String notedAt) {
        this.condition = condition;
        this.statuses = statuses;
        this.notedAt = notedAt;
    }

    /** Appeals that qualify for the mark at {@code :now}. */
    public String condition() {
        return condition;
    }

    /** Appeals that qualify and do not carry the mark yet. */
    public String unnotedCondition() {
        return condition + " and " + notedAt + " is null";
    }

    /** Binds the parameters of the condition; {@code horizon} is the end of the due-soon window. */
    public void bind(Query query, Instant now, Instant horizon) {
        query.setParameter("statuses", statuses).setParameter("now", now);
        if (this == DUE_SOON) {
            query.setParameter("horizon", horizon);
        }
    }
}
