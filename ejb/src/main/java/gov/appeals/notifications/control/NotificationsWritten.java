package gov.appeals.notifications.control;

import java.util.List;

/** Notifications just written to the outbox; observed once their transaction has committed. */
public record NotificationsWritten(List<Long> ids) {
}
