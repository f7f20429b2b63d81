package gov.appeals.registration.boundary;

import gov.appeals.registration.control.DeadLetters;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Moves intake messages the broker gave up on from the dead-letter queue into the database,
 * where administrators see them and the receipt says what happened. The record commits before
 * the message is acknowledged; one delivered again after a crash is recorded once.
 */
@MessageDriven(name = "DeadLetterListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/AppealIntakeDLQ"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadLetterListener implements MessageListener {

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            String payload = message instanceof TextMessage text ? text.getText() : String.valueOf(message);
            deadLetters.record(AppealIntakeListener.receiptIdOf(message), message.getJMSMessageID(), payload);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a dead letter: " + e.getMessage(), e);
        }
    }
}
