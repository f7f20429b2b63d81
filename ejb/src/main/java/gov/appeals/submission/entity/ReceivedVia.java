package gov.appeals.submission.entity;

/** How a written or electronic appeal reached the office. */
public enum ReceivedVia {
    POST,
    COURIER,
    /** Handed in at the registry's window. */
    HAND,
    EMAIL,
    OPEN311
}
