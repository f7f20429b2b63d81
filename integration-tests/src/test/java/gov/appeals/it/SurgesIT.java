package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A surge: one subject in one region far above its usual day (five appeals make one on the test
 * server), raised once, listed for supervisors and announced on the deadlines topic, then cleared
 * when the day falls back. Runs in a probe, to subscribe to the topic.
 */
class SurgesIT extends ApplicationIT {

    private static final String SUBJECT = "AWARDS_CITIZENSHIP";
    private static final String REGION = "TALAS";

    @Deployment(name = PROBE, order = 2)
    static WebArchive probe() {
        return Deployments.probe(SurgesIT.class);
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aSubjectRisingInARegionRaisesOneSurgeThenClearsIt() throws Exception {
        Api api = api();
        assertEquals(403, api.post("officer", "admin/surge-watch/runs", "").status());
        assertEquals(403, api.get("analyst", "control/surges").status());
        assertEquals(400, api.get("supervisor", "control/surges?status=SOME").status());

        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Topic topic = InitialContext.doLookup("java:/jms/topic/AppealDeadlines");
        try (JMSContext jms = factory.createContext(); JMSConsumer events = jms.createConsumer(topic)) {
            for (int i = 0; i < 6; i++) {
                api.fileAndRead("operator", "phone", """
                        {"kind": "APPLICATION", "category": "%s", "region": "%s", "callerNumber": "+99670055%04d",
                         "summary": "Прошу ускорить рассмотрение документов на гражданство"}""".formatted(SUBJECT, REGION, i));
            }
            // The watch's own timer may get there first: what counts is the announcement and the list.
            runWatch(api);
            JsonObject raised = awaitSurge(events, "SURGE");
            assertEquals(6, raised.getInt("appealsLastDay"));
            assertEquals(0.0, raised.getJsonNumber("usualDay").doubleValue());
            assertEquals(1, open(api).size(), "listed once");
            JsonObject listed = open(api).get(0);
            assertEquals(6, listed.getInt("appealsLastDay"));
            assertEquals(REGION, listed.getJsonObject("region").getString("code"));

            runWatch(api);
            assertEquals(1, open(api).size(), "raised once, however often the watch runs");

            try {
                api.put("admin", "admin/clock", "{\"now\":\"" + OffsetDateTime.now().plusDays(2) + "\"}").expect(200);
                runWatch(api);
                JsonObject cleared = awaitSurge(events, "SURGE_CLEARED");
                assertEquals(0, cleared.getInt("appealsLastDay"));
            } finally {
                api.delete("admin", "admin/clock").expect(200);
            }
            assertTrue(open(api).isEmpty());
            JsonObject past = api.get("supervisor", "control/surges?status=CLEARED&size=200").expect(200).json()
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(SurgesIT::ours).findFirst().orElseThrow();
            assertFalse(past.isNull("clearedAt"));
        }
    }

    private static boolean ours(JsonObject surge) {
        return surge.getJsonObject("category").getString("code").equals(SUBJECT)
                && surge.getJsonObject("region").getString("code").equals(REGION);
    }

    private static java.util.List<JsonObject> open(Api api) {
        return api.get("supervisor", "control/surges?size=200").expect(200).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(SurgesIT::ours).toList();
    }

    private static JsonObject runWatch(Api api) {
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonObject run = api.post("supervisor", "admin/surge-watch/runs", "").expect(200).json();
            if (run.getInt("open") >= 0) {
                return run;
            }
            Api.pause(500); // the scheduled run was going on at that moment
        }
        return fail("the surge watch stayed busy");
    }

    private static JsonObject awaitSurge(JMSConsumer events, String mark) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Message message = events.receive(1000);
            if (message instanceof TextMessage text) {
                JsonObject event = Json.createReader(new StringReader(text.getText())).readObject();
                if (Optional.ofNullable(event.getString("category", null)).orElse("").equals(SUBJECT)
                        && event.getString("region").equals(REGION) && event.getString("mark").equals(mark)) {
                    assertEquals(mark, message.getStringProperty("mark"));
                    return event;
                }
            }
        }
        return fail("no " + mark + " event for " + SUBJECT + " in " + REGION);
    }
}
