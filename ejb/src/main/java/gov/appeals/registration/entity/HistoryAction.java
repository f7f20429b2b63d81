package gov.appeals.registration.entity;

/** What happened to an appeal, one step of its history. */
public enum HistoryAction {
    RECEIVED,
    REGISTERED,
    CLASSIFIED,
    LINKED,
    ROUTED,
    ASSIGNED,
    AWAITING_DISPATCHER,
    REDIRECTED,
    ESCALATED,
    EXTENDED,
    DUE_SOON,
    OVERDUE,
    FORWARDING_OVERDUE,
    ANSWERED,
    CLOSED,
    REOPENED
}
