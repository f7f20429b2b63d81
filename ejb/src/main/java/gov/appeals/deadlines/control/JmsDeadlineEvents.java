package gov.appeals.deadlines.control;

import gov.appeals.appeal.entity.DeadlineMark;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;

/**
 * Deadline marks and surges as JSON messages on the topic {@code java:/jms/topic/AppealDeadlines}, sent through
 * the XA connection factory: an event goes out only if the mark it announces is committed.
 */
@ApplicationScoped
public class JmsDeadlineEvents implements DeadlineEvents {

    /** Found once: Json.createX looks the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Message property with the mark, for subscribers that select only one kind. */
    public static final String MARK = "mark";
    public static final String SURGE = "SURGE";
    public static final String SURGE_CLEARED = "SURGE_CLEARED";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/topic/AppealDeadlines")
    Topic deadlines;

    @Override
    public void marked(DeadlineMark mark, String registrationNumber, Instant dueAt, String bodyCode, String assignee) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("mark", mark.name())
                .add("registrationNumber", registrationNumber)
                .add("dueAt", dueAt.toString());
        if (bodyCode != null) {
            json.add("body", bodyCode);
        }
        if (assignee != null) {
            json.add("assignee", assignee);
        }
        send(mark.name(), json);
    }

    @Override
    public void surge(boolean raised, String categoryCode, String regionCode, int dayAppeals, double baseline, Instant at) {
        String mark = raised ? SURGE : SURGE_CLEARED;
        send(mark, JSON.createObjectBuilder()
                .add("mark", mark)
                .add("category", categoryCode)
                .add("region", regionCode)
                .add("appealsLastDay", dayAppeals)
                .add("usualDay", baseline)
                .add("at", at.toString()));
    }

    private void send(String mark, JsonObjectBuilder json) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(MARK, mark)
                .send(deadlines, json.build().toString());
    }
}
