package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The end of personal data: an applicant erased on request across every appeal of theirs, and
 * appeals closed longer ago than the retention period pseudonymised. What stays is what counts
 * and links are made of.
 */
@RunAsClient
class RetentionAndErasureIT extends ApplicationIT {

    private static final String REMOVED = "[removed]";

    private static String nationalId() {
        return "2" + String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static String call(String category, String name, String phone, String nationalId) {
        return """
                {"kind": "APPLICATION", "category": "%s", "summary": "Заявление: %s просит пересчитать пособие",
                 "callerNumber": "%s", "applicant": {"fullName": "%s", "phone": "%s", "nationalId": "%s",
                 "address": "г. Бишкек, ул. Токтогула, 12"}}""".formatted(category, name, phone, name, phone, nationalId);
    }

    private static String phone() {
        return "+99670" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    @Test
    void anApplicantIsErasedFromEveryAppealOfTheirsAndNoOneElses() {
        Api api = api();
        String id = nationalId();
        String sharedPhone = phone();
        JsonObject first = api.awaitProcessed("operator", api.post("operator", "intake/phone",
                call("SOCIAL", "Мамбетова Гүлзат", sharedPhone, id)).expect(202).json().getString("receiptId"));
        String a1 = first.getString("registrationNumber");
        String a2 = api.fileAndRead("operator", "phone", call("LAND_HOUSING", "Мамбетова Гүлзат", phone(), id))
                .getString("registrationNumber");
        // Another person who once called from the same phone: a national ID tells them apart.
        String other = api.fileAndRead("operator", "phone", call("SOCIAL", "Мамбетов Нурлан", sharedPhone, nationalId()))
                .getString("registrationNumber");
        api.get(null, "public/appeals/" + a1 + "?code=" + first.getString("accessCode")).expect(200);

        assertEquals(403, api.post("operator", "admin/erasures", "{\"registrationNumber\": \"" + a1 + "\", \"reason\": \"r\"}").status());
        Api.Reply noReason = api.post("admin", "admin/erasures", "{\"registrationNumber\": \"" + a1 + "\"}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"reason\""), noReason.body());
        assertEquals(404, api.post("admin", "admin/erasures", "{\"registrationNumber\": \"2026-999991\", \"reason\": \"r\"}").status());

        String reason = "Заявление гражданки об удалении её данных, вх. № 118 от 02.12.2026";
        JsonObject erasure = api.post("admin", "admin/erasures",
                "{\"registrationNumber\": \"" + a1 + "\", \"reason\": " + Api.quote(reason) + "}").expect(200).json();
        assertEquals(List.of(a1, a2), erasure.getJsonArray("registrationNumbers").getValuesAs(JsonString::getString));
        assertEquals("admin", erasure.getString("erasedBy"));

        for (String n : List.of(a1, a2)) {
            JsonObject appeal = api.appeal("dispatcher", n);
            assertFalse(appeal.toString().contains("Мамбетова"), appeal::toString);
            assertFalse(appeal.toString().contains(id), appeal::toString);
            assertFalse(appeal.toString().contains("Токтогула"), appeal::toString);
            assertEquals(REMOVED, appeal.getString("summary"));
            JsonObject last = appeal.getJsonArray("history").getJsonObject(appeal.getJsonArray("history").size() - 1);
            assertEquals("ERASED", last.getString("action"));
            assertEquals("admin", last.getString("actor"));
            assertEquals(reason, last.getString("detail"));
            api.get("dispatcher", "appeals/" + n + "/notifications").expect(200).array().forEach(m ->
                    assertFalse(m.toString().contains(sharedPhone), m::toString));
            assertTrue(api.get("supervisor", "appeals/" + n + "/access-log").expect(200).array().stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("what").equals("ERASURE") && e.getString("reader").equals("admin")), n);
        }
        assertTrue(api.appeal("dispatcher", other).toString().contains("Мамбетов Нурлан"), "someone else's appeal is kept");
        assertEquals(404, api.get(null, "public/appeals/" + a1 + "?code=" + first.getString("accessCode")).status(),
                "the access code went with the data");
        assertTrue(api.get("admin", "admin/erasures?size=200").expect(200).json().getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == erasure.getJsonNumber("id").longValue()));
        assertEquals(403, api.get("supervisor", "admin/erasures").status());
    }

    /** An intake message as the queue carries it and a receipt stores it, from a caller with this name, phone and ID. */
    private static String intakeMessage(UUID receiptId, String name, String phone, String nationalId) {
        return """
                {"acceptedAt": "%s", "filedBy": "operator", "receiptId": "%s",
                 "appeal": {"channel": "PHONE", "kind": "APPLICATION", "category": "SOCIAL", "summary": "%s просит помощи",
                            "receivedAt": "2026-11-23T10:15:00+06:00", "phoneCall": {"callerNumber": "%s"},
                            "applicant": {"fullName": "%s"%s}}}""".formatted(Instant.now(), receiptId, name, phone, name,
                nationalId == null ? "" : ", \"nationalId\": \"" + nationalId + "\"");
    }

    /**
     * What registration that failed for good leaves of a submission, written as it writes it: the
     * receipt REJECTED with its submission and reason, a dead letter never replayed, and the
     * failures' texts, each quoting the applicant.
     */
    private static void failedForGood(UUID receiptId, String message, String name, Instant at, boolean withReceipt) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            if (withReceipt) {
                execute(db, "insert into receipt (id, channel, status, filed_by, accepted_at, position, duplicate_deliveries, reason,"
                        + " submission, handed_over_at, hand_overs) values (?, 'PHONE', 'REJECTED', 'operator', ?, 0, 0, ?, ?, ?, 1)",
                        receiptId, Timestamp.from(at), "Kept as dead letter: " + name, message, Timestamp.from(at));
            }
            execute(db, "insert into dead_letter (id, receipt_id, payload, error, delivery_attempts, dead_at, status)"
                    + " values (?, ?, ?, ?, 5, ?, 'DEAD')", -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), receiptId,
                    message, "Unknown applicant " + name, Timestamp.from(at));
            execute(db, "insert into delivery_failure (id, receipt_id, at, attempt, error) values (?, ?, ?, 1, ?)",
                    -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), receiptId, Timestamp.from(at),
                    "Constraint violated by " + name);
        }
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Every text the tables keep of a receipt's failed submission: its own, its dead letter's, its failures'. */
    private static List<String> textsKeptOf(UUID receiptId) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection db = TestDatabase.connect()) {
            for (String sql : List.of("select submission, reason from receipt where id = ?",
                    "select payload, error from dead_letter where receipt_id = ?",
                    "select error, error from delivery_failure where receipt_id = ?")) {
                try (PreparedStatement query = db.prepareStatement(sql)) {
                    query.setObject(1, receiptId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            texts.add(rows.getString(1));
                            texts.add(rows.getString(2));
                        }
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The security review's findings: an erasure matched the person by national ID alone, missing
     * their hotline appeals that carry only the phone, and never reached what they submitted that
     * did not become an appeal, nor the error texts that quote them.
     */
    @Test
    void everyKeyOfThePersonFindsTheirAppealsAndWhatNeverBecameAnAppeal() throws Exception {
        Api api = api();
        String id = nationalId();
        String phone = phone();
        String name = "Жумабаева Салтанат";
        String withId = api.fileAndRead("operator", "phone", call("SOCIAL", name, phone, id)).getString("registrationNumber");
        String byPhoneOnly = api.fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "category": "LAND_HOUSING", "summary": "Звонит снова об очереди на жильё",
                 "callerNumber": "%s"}""".formatted(phone)).getString("registrationNumber");
        String someoneElse = api.fileAndRead("operator", "phone", call("SOCIAL", "Жумабаев Марат", phone, nationalId()))
                .getString("registrationNumber");
        UUID rejected = UUID.randomUUID();
        failedForGood(rejected, intakeMessage(rejected, name, phone, id), name, Instant.now(), true);
        UUID lostReceipt = UUID.randomUUID();
        failedForGood(lostReceipt, intakeMessage(lostReceipt, name, phone, null), name, Instant.now(), false);
        UUID others = UUID.randomUUID();
        failedForGood(others, intakeMessage(others, "Жумабаев Марат", phone, nationalId()), "Жумабаев Марат", Instant.now(), true);

        JsonObject erasure = api.post("admin", "admin/erasures",
                "{\"registrationNumber\": \"" + withId + "\", \"reason\": \"По заявлению гражданки\"}").expect(200).json();
        assertEquals(List.of(withId, byPhoneOnly), erasure.getJsonArray("registrationNumbers").getValuesAs(JsonString::getString),
                "the hotline appeal that carries only her phone is hers too");
        assertEquals(2, erasure.getInt("submissionsWithoutAppeal"), erasure::toString);
        assertFalse(api.appeal("dispatcher", byPhoneOnly).toString().contains(phone.substring(4)));
        assertTrue(api.appeal("dispatcher", someoneElse).toString().contains("Жумабаев Марат"), "another ID is another person");

        for (UUID receipt : List.of(rejected, lostReceipt)) {
            List<String> kept = textsKeptOf(receipt);
            assertTrue(kept.stream().noneMatch(t -> t != null && (t.contains("Жумабаева") || t.contains(id) || t.contains(phone))),
                    kept::toString);
        }
        assertTrue(textsKeptOf(others).stream().anyMatch(t -> t != null && t.contains("Жумабаев Марат")), "someone else's is kept");
    }

    @Test
    void withoutANationalIdTheApplicantIsTheirPhoneOrEMail() {
        Api api = api();
        String phone = phone();
        String call = """
                {"kind": "APPLICATION", "category": "%s", "summary": "%s",
                 "callerNumber": "%s", "applicant": {"fullName": "Токтосунова Элиза", "phone": "%s"}}""";
        String first = api.fileAndRead("operator", "phone", call.formatted("SOCIAL", "Прошу помочь с оформлением пособия",
                phone, phone)).getString("registrationNumber");
        String second = api.fileAndRead("operator", "phone", call.formatted("LAND_HOUSING", "Прошу поставить на очередь на жильё",
                phone, phone)).getString("registrationNumber");
        JsonObject erasure = api.post("admin", "admin/erasures",
                "{\"registrationNumber\": \"" + second + "\", \"reason\": \"По заявлению гражданки\"}").expect(200).json();
        assertEquals(List.of(first, second), erasure.getJsonArray("registrationNumbers").getValuesAs(JsonString::getString));
        assertFalse(api.appeal("dispatcher", first).toString().contains(phone));
    }

    @Test
    void appealsClosedLongerAgoThanTheRetentionPeriodArePseudonymised() throws Exception {
        Api api = api();
        UUID rejected = UUID.randomUUID();
        failedForGood(rejected, intakeMessage(rejected, "Сулайманова Айпери", phone(), nationalId()), "Сулайманова Айпери",
                Instant.now(), true);
        String closed = api.fileAndRead("operator", "phone", call("SOCIAL", "Сулайманова Айпери", phone(), nationalId()))
                .getString("registrationNumber");
        String open = api.fileAndRead("operator", "phone", call("SOCIAL", "Сулайманов Эмил", phone(), nationalId()))
                .getString("registrationNumber");
        api.assign(closed, "officer");
        api.post("officer", "appeals/" + closed + "/answer",
                "{\"text\": \"Ответ дан Сулаймановой А. по существу.\", \"outcome\": \"EXPLAINED\"}").expect(200);
        api.post("dispatcher", "appeals/" + closed + "/closure", "").expect(200);

        api.post("admin", "admin/retention/runs", "").expect(200);
        assertTrue(api.appeal("dispatcher", closed).toString().contains("Сулайманова"), "closed today: kept");

        try {
            api.put("admin", "admin/clock", "{\"now\":\"" + OffsetDateTime.now().plusYears(5).plusDays(2) + "\"}").expect(200);
            JsonObject run = api.post("admin", "admin/retention/runs", "").expect(200).json();
            assertTrue(run.getInt("pseudonymised") >= 1, run::toString);
            assertTrue(run.getInt("submissionsCleared") >= 3, "the rejected receipt, its dead letter, its failure: " + run);
            assertEquals(403, api.post("supervisor", "admin/retention/runs", "").status());
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }

        JsonObject appeal = api.appeal("dispatcher", closed);
        assertFalse(appeal.toString().contains("Сулайманова"), appeal::toString);
        assertEquals(REMOVED, appeal.getString("summary"));
        assertEquals("CLOSED", appeal.getString("status"));
        assertEquals("EXPLAINED", appeal.getJsonObject("answer").getString("outcome"), "the outcome counts");
        assertEquals(REMOVED, appeal.getJsonObject("answer").getString("text"));
        JsonObject last = appeal.getJsonArray("history").getJsonObject(appeal.getJsonArray("history").size() - 1);
        assertEquals("PSEUDONYMISED", last.getString("action"));
        assertEquals("retention", last.getString("actor"));
        assertTrue(api.appeal("dispatcher", open).toString().contains("Сулайманов Эмил"), "an open appeal is kept");
        assertTrue(textsKeptOf(rejected).stream().noneMatch(t -> t != null && t.contains("Сулайманова")),
                "a submission that never became an appeal, by its own age");
    }
}
