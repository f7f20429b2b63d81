package gov.appeals.appeal.entity;

/** Why an appeal is put in front of supervisors. */
public enum EscalationReason {
    /** Sent on more times than the configured limit: nobody seems competent. */
    REDIRECTION_LIMIT,
    /** The same person appealed again on a matter already answered: the first answer did not work. */
    REPEAT,
    /** The citizen was not satisfied with an answer: its reconsideration. */
    RECONSIDERATION
}
