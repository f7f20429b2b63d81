package gov.appeals.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts sending as soon as the change that wrote the notifications has committed, instead of
 * waiting for the next retry pass. If this node dies first, the retry pass of any node sends them.
 */
@ApplicationScoped
public class NotificationTrigger {

    @Inject
    NotificationSender sender;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten written) {
        sender.deliver(written.ids());
    }
}
