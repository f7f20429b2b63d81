package gov.appeals.registration.boundary;

import gov.appeals.intake.control.IntakeMessageJson;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.registration.control.DeliveryFailures;
import gov.appeals.registration.control.RegistrationAttemptFailed;
import gov.appeals.registration.control.RegistrationService;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Where a queued appeal is registered: unwraps the message and hands it to
 * {@link RegistrationService}, whose own database transaction commits before this returns; the
 * message is acknowledged after that, outside any transaction (no XA between the broker and the
 * database). A failed attempt is recorded and thrown back to the broker, which redelivers the
 * message with growing pauses and after its last attempt moves it to the dead-letter queue.
 */
@MessageDriven(name = "AppealIntakeListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/AppealIntake"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${appeals.registration.sessions:4}"),
        // A small window (about 60 messages a session): messages buffered in a consumer are invisible to
        // the relay's look at the queue, and with the default 1 MiB a backlog's buffers looked lost.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "${appeals.registration.consumer-window:65536}")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AppealIntakeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AppealIntakeListener.class.getName());

    @Inject
    RegistrationService registration;

    @Inject
    DeliveryFailures failures;

    @Override
    public void onMessage(Message message) {
        UUID receiptId = receiptIdOf(message);
        try {
            IntakeMessage intake = IntakeMessageJson.fromJson(((TextMessage) message).getText());
            registration.register(intake, handOverOf(message));
        } catch (RuntimeException | JMSException e) {
            int attempt = deliveryCount(message);
            String error = describe(e);
            LOG.warning(() -> "Registration of receipt " + receiptId + " failed (attempt " + attempt + "): " + error);
            failures.record(receiptId, attempt, error);
            // Not acknowledged: the broker delivers it again, or dead-letters it after the last attempt.
            throw new RegistrationAttemptFailed(error);
        }
    }

    private static int handOverOf(Message message) {
        try {
            return message.propertyExists(IntakeMessageJson.HAND_OVER) ? message.getIntProperty(IntakeMessageJson.HAND_OVER) : 1;
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }

    static UUID receiptIdOf(Message message) {
        try {
            String id = message.getStringProperty(IntakeMessageJson.RECEIPT_ID);
            return id == null ? null : UUID.fromString(id);
        } catch (JMSException | IllegalArgumentException e) {
            return null;
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }

    /** The innermost cause, which says what was wrong (the outer ones say where it was caught). */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        return root.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }
}
