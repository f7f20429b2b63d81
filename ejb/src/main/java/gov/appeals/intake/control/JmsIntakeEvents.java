package gov.appeals.intake.control;

import gov.appeals.intake.entity.IntakeMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;

/**
 * Intake events as persistent messages on the intake queue, sent through the pooled XA
 * connection factory so that each send commits with the receipt that announces it.
 */
@ApplicationScoped
public class JmsIntakeEvents implements IntakeEvents {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/AppealIntake")
    Queue intakeQueue;

    @Override
    public void appealTaken(IntakeMessage message) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(intakeQueue, text(message, 0));
    }

    @Override
    public void appealDeferred(IntakeMessage message, Duration delay, int deferrals) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setDeliveryDelay(delay.toMillis())
                .send(intakeQueue, text(message, deferrals));
    }

    private TextMessage text(IntakeMessage message, int deferrals) {
        TextMessage text = jms.createTextMessage(IntakeMessages.toJson(message));
        try {
            text.setStringProperty(IntakeMessages.RECEIPT_ID, message.receiptId().toString());
            text.setStringProperty(IntakeMessages.CHANNEL, message.appeal().channel().name());
            if (deferrals > 0) {
                text.setIntProperty(IntakeMessages.DEFERRALS, deferrals);
            }
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return text;
    }
}
