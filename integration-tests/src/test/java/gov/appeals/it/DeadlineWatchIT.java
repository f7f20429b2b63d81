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
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The deadline watch, with the server's clock moved (this test server allows it) instead of
 * waiting for days. Runs in a probe deployment beside the application, to subscribe to the
 * deadlines topic and to read the timer service's table.
 */
class DeadlineWatchIT extends ApplicationIT {

    @Deployment(name = PROBE, order = 2)
    static WebArchive probe() {
        return Deployments.probe(DeadlineWatchIT.class);
    }

    @Test
    @OperateOnDeployment(PROBE)
    void appealsAreMarkedDueSoonThenOverdueOnceEachAndAnnouncedOnTheTopic() throws Exception {
        Api api = api();
        JsonObject appeal = api.fileAndRead("operator", "phone",
                "{\"kind\":\"APPLICATION\",\"summary\":\"Не выплачивают пособие по уходу за ребёнком\",\"callerNumber\":\"+996700700800\"}");
        String n = appeal.getString("registrationNumber");
        OffsetDateTime due = OffsetDateTime.parse(appeal.getString("dueAt"));
        // No rule routes subject OTHER: it waits for a dispatcher, who has 5 days to send it on.
        String waiting = api.fileAndRead("operator", "phone", "{\"kind\":\"PROPOSAL\",\"category\":\"OTHER\","
                + "\"summary\":\"Предлагаю переименовать улицу\",\"callerNumber\":\"+996700700900\"}").getString("registrationNumber");

        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Topic topic = InitialContext.doLookup("java:/jms/topic/AppealDeadlines");
        try (JMSContext jms = factory.createContext(); JMSConsumer events = jms.createConsumer(topic)) {
            // The day before the due date is always within three working days of it.
            moveClock(api, due.minusDays(1).withHour(12));
            runWatch(api);
            JsonObject dueSoon = awaitEvent(events, n);
            assertEquals("DUE_SOON", dueSoon.getString("mark"));
            assertEquals("MIN_LABOUR_SOCIAL", dueSoon.getString("body"));
            assertTrue(api.lists("supervisor", "control/due-soon?body=MIN_LABOUR_SOCIAL", n));
            assertFalse(api.lists("supervisor", "control/overdue?body=MIN_LABOUR_SOCIAL", n));

            runWatch(api);
            assertEquals(1, Api.timesInHistory(api.appeal("supervisor", n), "DUE_SOON"),
                    "recorded once, however often the watch runs");

            moveClock(api, due.plusHours(1));
            runWatch(api);
            JsonObject overdue = awaitEvent(events, n);
            assertEquals("OVERDUE", overdue.getString("mark"));
            runWatch(api);
            assertEquals(1, Api.timesInHistory(api.appeal("supervisor", n), "OVERDUE"));
            assertTrue(api.lists("supervisor", "control/overdue?body=MIN_LABOUR_SOCIAL", n));
            assertFalse(api.lists("supervisor", "control/due-soon?body=MIN_LABOUR_SOCIAL", n));

            // Weeks later nobody has routed the other appeal: the forwarding term is watched too.
            assertEquals(1, Api.timesInHistory(api.appeal("supervisor", waiting), "FORWARDING_OVERDUE"));
            assertTrue(api.get("supervisor", "control/forwarding-overdue?size=200").expect(200).json().getJsonArray("items")
                    .stream().anyMatch(v -> v.asJsonObject().getString("registrationNumber").equals(waiting)),
                    "waiting for a dispatcher, first in the list's group without a body");
            api.post("dispatcher", "appeals/" + waiting + "/routing",
                    "{\"body\":\"BISHKEK_CITY_HALL\",\"reason\":\"Названия улиц: мэрия\"}").expect(200);
            assertFalse(api.get("supervisor", "control/forwarding-overdue?size=200").expect(200).json().getJsonArray("items")
                    .stream().anyMatch(v -> v.asJsonObject().getString("registrationNumber").equals(waiting)));
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }
    }

    @Test
    @OperateOnDeployment(PROBE)
    void theWatchIsAPersistentTimerInTheSharedDatabase() throws Exception {
        DataSource ds = InitialContext.doLookup("java:jboss/datasources/AppealsDS");
        try (Connection c = ds.getConnection();
                PreparedStatement query = c.prepareStatement("select count(*) from jboss_ejb_timer "
                        + "where timed_object_id like '%DeadlineWatch%' and partition_name = 'appeals'");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            assertEquals(1, rs.getLong(1), "one timer for the cluster, kept where every node sees it");
        }
    }

    @Test
    @OperateOnDeployment(PROBE)
    void onlyAnAdministratorMovesTheClockAndOnlySupervisorsRunTheWatch() throws Exception {
        Api api = api();
        assertEquals(403, api.put("supervisor", "admin/clock", "{\"now\":\"2030-01-01T00:00:00+06:00\"}").status());
        assertEquals(403, api.post("officer", "admin/deadline-watch/runs", "").status());
        assertEquals(400, api.put("admin", "admin/clock", "{}").status());
    }

    private static void moveClock(Api api, OffsetDateTime now) {
        api.put("admin", "admin/clock", "{\"now\":\"" + now + "\"}").expect(200);
    }

    private static void runWatch(Api api) {
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonObject run = api.post("supervisor", "admin/deadline-watch/runs", "").expect(200).json();
            if (!run.getBoolean("skipped")) {
                return;
            }
            Api.pause(500); // the scheduled run was going on at that moment
        }
        fail("the deadline watch stayed busy");
    }

    private static JsonObject awaitEvent(JMSConsumer events, String number) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Message message = events.receive(1000);
            if (message instanceof TextMessage text) {
                JsonObject event = Json.createReader(new StringReader(text.getText())).readObject();
                if (event.getString("registrationNumber", "").equals(number)) {
                    assertEquals(event.getString("mark"), message.getStringProperty("mark"));
                    return event;
                }
            }
        }
        return fail("no deadline event for " + number);
    }
}
