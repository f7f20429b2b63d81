package gov.appeals.notifications.entity;

/** What the citizen is told about. */
public enum NotificationEvent {
    REGISTERED, REDIRECTED, EXTENDED, ANSWERED, CORRESPONDENCE_ENDED
}
