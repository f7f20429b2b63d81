package gov.appeals.operations.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the broker itself gave up on: messages on its own dead-letter queue ({@code DLQ}), where
 * a message goes when the consumer of our dead-letter queue, or of any other destination without
 * its own, failed it every time. Nothing of the application consumes it, so they are counted for
 * readiness and listed for the administrator, to be looked at by hand on the broker.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrokerDeadLetters {

    /** The broker's own dead-letter queue, in WildFly's embedded broker and, by use-remote-artemis.cli, a standalone one. */
    static final String QUEUE = "java:/jms/queue/DLQ";
    /** At most this many are read: past that the count says "at least". */
    public static final int MAX = 1000;
    static final int TEXT_MAX = 10_000;

    /** One message left there: where it was first sent, when, how often it was delivered, and its text, cut short. */
    public record Left(String messageId, Instant at, String from, Integer deliveries, String text) {
    }

    @Resource(lookup = "java:/jms/AppealsLocal")
    ConnectionFactory connectionFactory;

    /** The number left, up to {@link #MAX}; empty when this server has no such queue. */
    public Optional<Integer> count() {
        return browse(MAX, false).map(List::size);
    }

    /** The first {@code max} left, the oldest first; empty when this server has no such queue. */
    public Optional<List<Left>> list(int max) {
        return browse(max, true);
    }

    private Optional<List<Left>> browse(int max, boolean read) {
        Queue queue;
        try {
            queue = InitialContext.doLookup(QUEUE);
        } catch (NamingException none) {
            return Optional.empty();
        }
        List<Left> left = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext(); QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && left.size() < max) {
                Message m = (Message) messages.nextElement();
                left.add(read ? left(m) : null);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The broker's dead-letter queue cannot be read: " + e.getMessage(), e);
        }
        return Optional.of(left);
    }

    private static Left left(Message m) throws JMSException {
        String text = m instanceof TextMessage t ? t.getText() : m.getClass().getSimpleName();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX) + "…";
        }
        String from = m.propertyExists("_AMQ_ORIG_ADDRESS") ? m.getStringProperty("_AMQ_ORIG_ADDRESS") : null;
        Integer deliveries = m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : null;
        return new Left(m.getJMSMessageID(), Instant.ofEpochMilli(m.getJMSTimestamp()), from, deliveries, text);
    }
}
