package gov.appeals.appeal.entity;

/** The citizen's own verdict on the answer they got. No verdict is its own value, never a satisfied one. */
public enum Satisfaction {
    SATISFIED,
    PARTLY,
    NOT_SATISFIED
}
