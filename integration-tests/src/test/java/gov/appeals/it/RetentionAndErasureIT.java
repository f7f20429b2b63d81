package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
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
    void appealsClosedLongerAgoThanTheRetentionPeriodArePseudonymised() {
        Api api = api();
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
    }
}
