package gov.appeals.registration.boundary;

import gov.appeals.intake.control.IntakeMessages;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.registration.control.DeliveryFailures;
import gov.appeals.registration.control.ReceiptNotVisible;
import gov.appeals.registration.control.RegistrationService;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Where a queued appeal is registered: unwraps the message and hands it to
 * {@link RegistrationService}, in the transaction that consumes it. A failed attempt is recorded
 * and rolled back; the broker redelivers it, and after its last attempt moves it to the
 * dead-letter queue. A message whose receipt is not visible yet is not a failure of that kind: it
 * is put back on the queue for later ({@link RegistrationService#deferUntilReceiptVisible}).
 */
@MessageDriven(name = "AppealIntakeListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/AppealIntake"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${appeals.registration.sessions:4}")
})
public class AppealIntakeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AppealIntakeListener.class.getName());

    @Inject
    RegistrationService registration;

    @Inject
    DeliveryFailures failures;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        UUID receiptId = receiptIdOf(message);
        IntakeMessage intake = null;
        try {
            intake = IntakeMessages.fromJson(((TextMessage) message).getText());
            registration.register(intake);
        } catch (ReceiptNotVisible e) {
            if (!registration.deferUntilReceiptVisible(intake, deferralsOf(message), e.getMessage())) {
                fail(message, receiptId, e);
            }
        } catch (RuntimeException | JMSException e) {
            fail(message, receiptId, e);
        }
    }

    /** A failed attempt: recorded, rolled back, redelivered by the broker until its last attempt. */
    private void fail(Message message, UUID receiptId, Exception e) {
        int attempt = deliveryCount(message);
        String error = describe(e);
        LOG.warning(() -> "Registration of receipt " + receiptId + " failed (attempt " + attempt + "): " + error);
        failures.record(receiptId, attempt, error);
        context.setRollbackOnly();
    }

    private static int deferralsOf(Message message) {
        try {
            return message.propertyExists(IntakeMessages.DEFERRALS) ? message.getIntProperty(IntakeMessages.DEFERRALS) : 0;
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }

    static UUID receiptIdOf(Message message) {
        try {
            String id = message.getStringProperty(IntakeMessages.RECEIPT_ID);
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
