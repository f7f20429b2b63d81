package gov.appeals.registration.entity;

/** What happened to an appeal, one step of its history. */
public enum HistoryAction {
    RECEIVED,
    REGISTERED,
    CLASSIFIED,
    ROUTED,
    ASSIGNED,
    AWAITING_DISPATCHER,
    CLOSED
}
