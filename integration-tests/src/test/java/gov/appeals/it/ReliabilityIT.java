package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What only the inside of the server can show: a message delivered twice, a message that keeps
 * failing, a message whose receipt is missing, a receipt whose message is missing, and the access
 * log. These tests run in a small probe deployment beside the real
 * application; the probe reaches the intake queue and the database through their server-wide JNDI
 * names and writes intake messages in their JSON wire format, as any producer of that queue would.
 */
class ReliabilityIT extends ApplicationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = PROBE, order = 2)
    static WebArchive probe() {
        return Deployments.probe(ReliabilityIT.class);
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aMessageDeliveredAgainNeverRegistersASecondAppeal() throws Exception {
        Api api = api();
        String receiptId = api.post("operator", "intake/phone",
                "{\"kind\":\"APPLICATION\",\"summary\":\"Не выплачивают пенсию\",\"callerNumber\":\"+996555000222\"}")
                .expect(202).json().getString("receiptId");
        JsonObject registered = api.awaitProcessed("operator", receiptId);
        String number = registered.getString("registrationNumber");
        long historyBefore = count("select count(*) from appeal_history h join appeal a on a.id = h.appeal_id where a.receipt_id = ?",
                UUID.fromString(receiptId));

        // The same appeal arrives again, as after a crash between the commit and the acknowledgement.
        send(receiptId, intakeMessage(receiptId, "SOCIAL"));
        awaitValue(1, () -> count("select duplicate_deliveries from receipt where id = ?", UUID.fromString(receiptId)));

        assertEquals(1, count("select count(*) from appeal where receipt_id = ?", UUID.fromString(receiptId)));
        assertEquals(historyBefore, count("select count(*) from appeal_history h join appeal a on a.id = h.appeal_id where a.receipt_id = ?",
                UUID.fromString(receiptId)), "the duplicate changed nothing of the appeal");
        assertEquals(number, api.get("operator", "intake/receipts/" + receiptId).expect(200).json().getString("registrationNumber"));
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aMessageThatKeepsFailingBecomesADeadLetterAndItsReceiptSaysSo() throws Exception {
        // A receipt was given, but by the time its message is read the subject it names no longer exists:
        // every attempt fails the same way.
        UUID receiptId = UUID.randomUUID();
        String message = intakeMessage(receiptId.toString(), "ABOLISHED_SUBJECT");
        insertReceipt(receiptId, message, Instant.now());
        send(receiptId.toString(), message);

        awaitValue(1, () -> count("select count(*) from dead_letter where receipt_id = ?", receiptId));
        assertEquals(5, count("select count(*) from delivery_failure where receipt_id = ?", receiptId),
                "five attempts, then the dead-letter queue");
        assertEquals(0, count("select count(*) from appeal where receipt_id = ?", receiptId));

        Api api = api();
        JsonObject receipt = api.get("operator", "intake/receipts/" + receiptId).expect(200).json();
        assertEquals("REJECTED", receipt.getString("status"));
        assertTrue(receipt.getString("reason").contains("dead letter"), receipt.toString());

        JsonObject deadLetter = api.get("admin", "admin/dead-letters?size=200").expect(200).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("receiptId", "").equals(receiptId.toString()))
                .findFirst().orElseGet(() -> fail("dead letter for " + receiptId + " not listed"));
        assertTrue(deadLetter.getString("error").contains("Unknown subject code ABOLISHED_SUBJECT"), deadLetter.toString());
        assertEquals(5, deadLetter.getInt("deliveryAttempts"));
        assertTrue(deadLetter.getString("payload").contains(receiptId.toString()), "the message is kept whole for a replay");
        assertEquals("DEAD", deadLetter.getString("status"));

        // The administrator restores the missing subject and replays the letter: the appeal is registered after all.
        execute("insert into category (code, name_ky, name_ru, name_en, position) "
                + "values ('ABOLISHED_SUBJECT', 'Калыбына келтирилген', 'Восстановленная тема', 'Restored subject', 99)");
        String replayPath = "admin/dead-letters/" + deadLetter.getJsonNumber("id").longValue() + "/replay";
        assertEquals(403, api.post("supervisor", replayPath, "").status(), "only an administrator replays");
        JsonObject replayed = api.post("admin", replayPath, "").expect(200).json();
        assertEquals("REPLAYED", replayed.getString("status"));
        assertEquals("admin", replayed.getString("replayedBy"));
        JsonObject registered = api.awaitProcessed("operator", receiptId.toString());
        assertEquals("REGISTERED", registered.getString("status"), registered::toString);
        assertEquals(1, count("select count(*) from appeal where receipt_id = ?", receiptId));

        Api.Reply again = api.post("admin", replayPath, "");
        assertEquals(409, again.status(), "a letter is replayed once");
        assertTrue(again.json().getString("detail").contains("already replayed"), again.body());
        assertEquals(404, api.post("admin", "admin/dead-letters/999999999/replay", "").status());
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aMessageWhoseReceiptIsMissingIsRegisteredFromWhatItCarries() throws Exception {
        // As after the database was restored from a backup taken before the receipt was written:
        // the message on the queue is all that is left of the appeal.
        UUID receiptId = UUID.randomUUID();
        send(receiptId.toString(), intakeMessage(receiptId.toString(), "SOCIAL"));
        awaitValue(1, () -> count("select count(*) from appeal where receipt_id = ?", receiptId));

        assertEquals(1, count("select count(*) from receipt where id = ? and status = 'REGISTERED' and recreated is not null",
                receiptId), "the receipt is written again, and says why");
        assertEquals(1, count("select count(*) from appeal_history h join appeal a on a.id = h.appeal_id "
                + "where a.receipt_id = ? and h.action = 'RECEIPT_RECREATED'", receiptId), "the history records it");
        assertEquals(0, count("select count(*) from delivery_failure where receipt_id = ?", receiptId), "not a failure");
        assertEquals(0, count("select count(*) from dead_letter where receipt_id = ?", receiptId));
        assertEquals(0, count("select count(*) from receipt where id = ? and submission is not null", receiptId),
                "once registered, the appeal alone holds the submission");
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aReceiptCommittedWhoseMessageNeverReachedTheQueueIsSentByTheRelayAndRegisteredOnce() throws Exception {
        // The state a node leaves when it is killed between the receipt's commit and the send.
        UUID receiptId = UUID.randomUUID();
        insertReceipt(receiptId, intakeMessage(receiptId.toString(), "SOCIAL"), Instant.now().minus(Duration.ofMinutes(5)));

        awaitValue(1, () -> count("select count(*) from appeal where receipt_id = ?", receiptId));
        assertEquals(2, count("select hand_overs from receipt where id = ?", receiptId), "sent once more, by the relay");
        Api.pause(3000);
        assertEquals(1, count("select count(*) from appeal where receipt_id = ?", receiptId));
        assertEquals(0, count("select duplicate_deliveries from receipt where id = ?", receiptId), "and only once");
    }

    @Test
    @OperateOnDeployment(PROBE)
    void everyReadOfAnAppealsPersonalDataIsRecorded() throws Exception {
        Api api = api();
        String number = api.fileAndRead("operator", "phone",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"s\",\"callerNumber\":\"12345\",\"applicant\":{\"fullName\":\"Иванова Анна\"}}")
                .getString("registrationNumber");
        api.get("supervisor", "appeals/" + number).expect(200);
        api.get("supervisor", "appeals/" + number).expect(200);
        api.get("officer", "appeals/" + number).expect(404);

        assertEquals(2, count("select count(*) from personal_data_access where registration_number = ? and actor = 'supervisor'", number));
        assertEquals(0, count("select count(*) from personal_data_access where registration_number = ? and actor = 'officer'", number),
                "a refused read shows nothing and records nothing");
    }

    /** An intake message as the intake endpoints write it (JSON-B of IntakeMessage). */
    private static String intakeMessage(String receiptId, String category) {
        return """
                {"acceptedAt": "%s", "filedBy": "operator", "receiptId": "%s",
                 "appeal": {"channel": "PHONE", "kind": "APPLICATION", "category": "%s",
                            "summary": "Не выплачивают пенсию", "receivedAt": "2026-11-23T10:15:00+06:00",
                            "phoneCall": {"callerNumber": "+996555000222"}}}
                """.formatted(Instant.now(), receiptId, category);
    }

    private static void send(String receiptId, String json) throws NamingException {
        ConnectionFactory factory = InitialContext.doLookup("java:/jms/AppealsLocal");
        Queue queue = InitialContext.doLookup("java:/jms/queue/AppealIntake");
        try (JMSContext jms = factory.createContext()) {
            TextMessage message = jms.createTextMessage(json);
            message.setStringProperty("receiptId", receiptId);
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A receipt as intake writes it, queued with its submission, its message handed over at {@code handedOverAt}. */
    private static void insertReceipt(UUID receiptId, String submission, Instant handedOverAt) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("insert into receipt (id, channel, status, filed_by, accepted_at, "
                        + "position, duplicate_deliveries, submission, handed_over_at, hand_overs) "
                        + "values (?, 'PHONE', 'QUEUED', 'operator', ?, 0, 0, ?, ?, 1)")) {
            insert.setObject(1, receiptId);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, submission);
            insert.setTimestamp(4, Timestamp.from(handedOverAt));
            insert.executeUpdate();
        }
    }

    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup("java:jboss/datasources/AppealsDS");
    }

    private static void execute(String sql) {
        try (Connection c = dataSource().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object parameter) {
        try (Connection c = dataSource().getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitValue(long expected, LongSupplier value) {
        Instant deadline = Instant.now().plus(WAIT);
        long last = value.getAsLong();
        while (last != expected && Instant.now().isBefore(deadline)) {
            Api.pause(250);
            last = value.getAsLong();
        }
        assertEquals(expected, last, "still not there after " + WAIT);
    }
}
