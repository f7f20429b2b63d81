package gov.appeals.notifications.entity;

/** How a message reaches the citizen. */
public enum Medium {
    EMAIL, SMS
}
