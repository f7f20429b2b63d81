package gov.appeals.submission.entity;

/** What the citizen asks for. */
public enum AppealKind {
    PROPOSAL,
    APPLICATION,
    COMPLAINT,
    /** Advice given at a reception or on the phone: registered and closed at once, so that it counts. */
    CONSULTATION
}
