package gov.appeals.appeal.entity;

/** What happened to an appeal, one step of its history. */
public enum HistoryAction {
    RECEIVED,
    /** Its receipt was missing and was written again from the intake message (a restored database, a replay). */
    RECEIPT_RECREATED,
    REGISTERED,
    CLASSIFIED,
    LINKED,
    ROUTED,
    ASSIGNED,
    AWAITING_DISPATCHER,
    REDIRECTED,
    ESCALATED,
    /** A due date was counted into a year without a holiday calendar: weekdays only, holidays unknown. */
    CALENDAR_MISSING,
    EXTENDED,
    DUE_SOON,
    OVERDUE,
    FORWARDING_OVERDUE,
    ANSWERED,
    CLOSED,
    REOPENED,
    /** An official judged the text fit for public feeds (Open311), or took that back. */
    DESCRIPTION_PUBLISHED,
    DESCRIPTION_WITHDRAWN,
    /** The citizen's verdict on the answer, or its one change. */
    VERDICT_GIVEN,
    VERDICT_CHANGED,
    /** The citizen was not satisfied: a new appeal reconsiders this one. */
    RECONSIDERATION_OPENED,
    /** Closed longer ago than the office keeps personal data: the applicant's data and the free text were removed. */
    PSEUDONYMISED,
    /** The applicant asked: their personal data, the free text, files and messages were removed. */
    ERASED
}
