package gov.appeals.appeal.entity;

/** What the answer gave the citizen. */
public enum AnswerOutcome {
    /** The request was granted. */
    SATISFIED,
    /** The law or the facts were explained. */
    EXPLAINED,
    /** Refused, with reasons. */
    REFUSED,
    /** Answered in person at a reception, the facts being plain and the citizen agreeing. */
    ANSWERED_ORALLY,
    /** A repeat appeal with no new arguments: a head decided to end the correspondence. */
    CORRESPONDENCE_ENDED
}
