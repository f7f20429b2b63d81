package gov.appeals.notifications.entity;

/** A notification's delivery, as the outbox tracks it. */
public enum NotificationStatus {
    /** Written with the change; waits for the change to commit and a sender to take it. */
    PENDING,
    /** Taken by a sender on one node, being sent. */
    SENDING,
    /** Accepted by the SMTP server or the SMS gateway. */
    SENT,
    /** The last attempt failed; tried again at {@code nextAttemptAt}. */
    RETRYING,
    /** Every attempt failed: somebody must reach the citizen another way. */
    FAILED
}
