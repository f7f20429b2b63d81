package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A message the broker itself gave up on (on its own DLQ, which nothing of the application
 * consumes) is not silent: readiness warns and the administrator sees it. Runs in a probe
 * deployment to put one there.
 */
class BrokerDeadLettersIT extends ApplicationIT {

    @Deployment(name = PROBE, order = 2)
    static WebArchive probe() {
        return Deployments.probe(BrokerDeadLettersIT.class);
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aMessageOnTheBrokersOwnDeadLetterQueueIsCountedByReadinessAndListedForTheAdministrator() throws Exception {
        Api api = api();
        String marker = "left-" + UUID.randomUUID();
        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Queue dlq = InitialContext.doLookup("java:/jms/queue/DLQ");
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().setProperty("marker", marker).send(dlq, "{\"lost\": \"" + marker + "\"}");
        }
        try {
            JsonObject left = api.get("admin", "admin/broker-dead-letters").expect(200).json();
            assertTrue(left.getBoolean("available"));
            assertTrue(left.getInt("count") >= 1);
            assertTrue(left.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .anyMatch(m -> m.getString("text").contains(marker)), left::toString);

            JsonObject ready = api.get(null, "health/ready").json();
            JsonObject check = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals("brokerDeadLetters")).findFirst().orElseThrow();
            assertTrue(check.getBoolean("up"), "a warning, never a failure: intake goes on");
            assertTrue(check.getJsonArray("warnings").getString(0).contains("the broker gave up on"), check::toString);
            assertEquals(403, api.get("dispatcher", "admin/broker-dead-letters").status());
        } finally {
            try (JMSContext jms = factory.createContext(); JMSConsumer taken = jms.createConsumer(dlq, "marker = '" + marker + "'")) {
                taken.receive(5_000); // the message this test left, and only it
            }
        }
    }
}
