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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline watch, with the server's clock moved (this test server allows it) instead of
 * waiting for days. Runs in a probe deployment beside the application, to subscribe to the
 * deadlines topic and to read the timer service's table.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineWatchIT {

    @Deployment(name = "application", order = 1, testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "deadline-probe.war")
                .addClasses(DeadlineWatchIT.class, Api.class, Api.Reply.class, Deployments.class)
                .addAsManifestResource(new StringAsset("Dependencies: java.net.http, org.eclipse.parsson\n"), "MANIFEST.MF");
    }

    @Test
    @OperateOnDeployment("probe")
    void appealsAreMarkedDueSoonThenOverdueOnceEachAndAnnouncedOnTheTopic() throws Exception {
        Api api = new Api(Deployments.applicationUrl());
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
            assertTrue(listed(api, "control/due-soon", n));
            assertFalse(listed(api, "control/overdue", n));

            runWatch(api);
            assertEquals(1, marks(api, n, "DUE_SOON"), "recorded once, however often the watch runs");

            moveClock(api, due.plusHours(1));
            runWatch(api);
            JsonObject overdue = awaitEvent(events, n);
            assertEquals("OVERDUE", overdue.getString("mark"));
            runWatch(api);
            assertEquals(1, marks(api, n, "OVERDUE"));
            assertTrue(listed(api, "control/overdue", n));
            assertFalse(listed(api, "control/due-soon", n));

            // Weeks later nobody has routed the other appeal: the forwarding term is watched too.
            assertEquals(1, marks(api, waiting, "FORWARDING_OVERDUE"));
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
    @OperateOnDeployment("probe")
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
    @OperateOnDeployment("probe")
    void onlyAnAdministratorMovesTheClockAndOnlySupervisorsRunTheWatch() throws Exception {
        Api api = new Api(Deployments.applicationUrl());
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
                if (event.getString("registrationNumber").equals(number)) {
                    assertEquals(event.getString("mark"), message.getStringProperty("mark"));
                    return event;
                }
            }
        }
        return fail("no deadline event for " + number);
    }

    private static long marks(Api api, String number, String action) {
        return api.get("supervisor", "appeals/" + number).expect(200).json().getJsonArray("history").stream()
                .filter(v -> v.asJsonObject().getString("action").equals(action)).count();
    }

    /** Whether the control list has the appeal, on any of its pages (other tests' appeals fall due with it). */
    private static boolean listed(Api api, String path, String number) {
        for (int page = 0; ; page++) {
            JsonObject list = api.get("supervisor", path + "?body=MIN_LABOUR_SOCIAL&size=200&page=" + page).expect(200).json();
            if (list.getJsonArray("items").stream()
                    .anyMatch(v -> v.asJsonObject().getString("registrationNumber").equals(number))) {
                return true;
            }
            if ((page + 1) * 200L >= list.getJsonNumber("total").longValue()) {
                return false;
            }
        }
    }
}
