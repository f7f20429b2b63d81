package gov.appeals.appeal.entity;

import java.util.Set;

/** What the deadline watch notes on an appeal, once per term, in the statuses where it can apply. */
public enum DeadlineMark {
    /** Due within the coming working days (3 by default). */
    DUE_SOON(AppealStatus.OPEN, HistoryAction.DUE_SOON),
    /** Past due and not answered. */
    OVERDUE(AppealStatus.OPEN, HistoryAction.OVERDUE),
    /** Past the forwarding term and still not taken up: no dispatcher routed it, or its body assigned nobody. */
    FORWARDING_OVERDUE(Set.of(AppealStatus.REGISTERED), HistoryAction.FORWARDING_OVERDUE);

    private final Set<AppealStatus> statuses;
    private final HistoryAction action;

    DeadlineMark(Set<AppealStatus> statuses, HistoryAction action) {
        this.statuses = statuses;
        this.action = action;
    }

    /** The statuses of the appeals the mark can apply to. */
    public Set<AppealStatus> statuses() {
        return statuses;
    }

    HistoryAction historyAction() {
        return action;
    }

    String describe(Term term, Custody custody) {
        return switch (this) {
            case DUE_SOON -> "Due " + term.dueAt() + ", within days";
            case OVERDUE -> "Not answered by " + term.dueAt();
            case FORWARDING_OVERDUE -> "Not taken up or sent on by " + custody.forwardBy() + (custody.body() == null
                    ? ": still waits for a dispatcher" : ": " + custody.bodyCode() + " has assigned nobody");
        };
    }
}
