package gov.appeals.notifications.control;

import gov.appeals.notifications.entity.Medium;
import gov.appeals.notifications.entity.Notification;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: right after a change commits, and every 15 seconds for whatever is due again
 * (a failed attempt, or a node that died before sending). Runs on every node; claims keep two
 * nodes from sending the same message.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());

    @Inject
    NotificationDelivery delivery;

    @Inject
    MailGateway mail;

    @Inject
    SmsGateway sms;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "appeals.notifications.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Asynchronous
    public void deliver(List<Long> ids) {
        ids.forEach(this::attempt);
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "notification retries")
    public void retryDue() {
        delivery.due(clock.instant(), 200).forEach(this::attempt);
    }

    private void attempt(Long id) {
        Optional<Notification> claimed = delivery.claim(id, clock.instant());
        if (claimed.isEmpty()) {
            return; // sent already, not yet due, or another node has it
        }
        Notification n = claimed.get();
        try {
            if (n.getMedium() == Medium.EMAIL) {
                mail.send(n.getRecipient(), n.getSubject(), n.getBody());
            } else {
                sms.send(n.getRecipient(), n.getBody(), n.getId());
            }
            delivery.sent(id, clock.instant());
        } catch (Exception e) {
            String error = describe(e);
            LOG.log(Level.WARNING, "Notification {0} ({1} to the citizen of appeal id {2}) failed: {3}",
                    new Object[] {id, n.getMedium(), n.getAppealId(), error});
            delivery.failed(id, clock.instant(), error, maxAttempts);
        }
    }

    /** The failure as an operator can act on it: each cause's message, no stack trace. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    }
}
