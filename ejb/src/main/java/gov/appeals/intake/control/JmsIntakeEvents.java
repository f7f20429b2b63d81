package gov.appeals.intake.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * Intake events as persistent messages on the intake queue. The connection factory is the
 * resource adapter's, pooled and without XA ({@code java:/jms/AppealsLocal}); a batch is sent in
 * one local JMS transaction, so a radio batch costs the broker one journal sync, not a thousand.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JmsIntakeEvents implements IntakeEvents {

    @Resource(lookup = "java:/jms/AppealsLocal")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/AppealIntake")
    Queue intakeQueue;

    @Override
    public void appealsTaken(List<HandOver> messages) {
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageProducer producer = session.createProducer(intakeQueue)) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (HandOver handOver : messages) {
                TextMessage text = session.createTextMessage(handOver.json());
                text.setStringProperty(IntakeMessageJson.RECEIPT_ID, handOver.receiptId().toString());
                text.setStringProperty(IntakeMessageJson.CHANNEL, handOver.channel().name());
                text.setIntProperty(IntakeMessageJson.HAND_OVER, handOver.number());
                producer.send(text);
            }
            session.commit();
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    @Override
    public Optional<Instant> oldestWaiting() {
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = session.createBrowser(intakeQueue)) {
            connection.start();
            Enumeration<?> waiting = browser.getEnumeration();
            if (!waiting.hasMoreElements()) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochMilli(((Message) waiting.nextElement()).getJMSTimestamp()));
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
