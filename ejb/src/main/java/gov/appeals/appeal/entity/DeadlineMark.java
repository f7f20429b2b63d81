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
}
