package gov.appeals.appeal.entity;

/**
 * What was done about an appeal, as reporting to a presidential administration counts it; separate
 * from whether an answer was sent, and from whether the citizen was satisfied.
 */
public enum AnswerOutcome {
    /** Supported; the answer also says whether measures were taken. */
    SUPPORTED,
    /** The law or the facts were explained. */
    EXPLAINED,
    /** Not supported, with reasons. */
    NOT_SUPPORTED,
    /** Left unanswered on a legal ground ({@link UnansweredGround}). */
    LEFT_UNANSWERED
}
