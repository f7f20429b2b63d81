package gov.appeals.appeal.entity;

/** How a citizen's verdict reached the office. */
public enum VerdictChannel {
    /** The public lookup, with the registration number and the access code. */
    PUBLIC_LOOKUP,
    /** The page the link in the answer's notification opens. */
    NOTIFICATION_LINK,
    /** Told to a hotline operator when the citizen called again. */
    OPERATOR,
    /** Told at a reception desk when the citizen came back. */
    RECEPTION
}
