package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * What the office publishes: the open-data export (one row per appeal, nothing personal, CSV and
 * JSON) and each body's public scorecard, with no rates for a body with too few appeals.
 */
@RunAsClient
class OpenDataAndStatisticsIT extends ApplicationIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Bishkek");
    private static final String COLUMNS = "registrationNumber,receivedOn,registeredOn,dueOn,answeredOn,channel,kind,"
            + "category,region,body,status,outcome,onTime,verdict";

    /** A registered appeal's receipt: its number and access code. */
    private static JsonObject fileSocial(Api api, String name) {
        String phone = "+996701" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String receiptId = api.post("operator", "intake/phone", """
                {"kind": "APPLICATION", "category": "SOCIAL", "region": "CHUI", "callerNumber": "%s",
                 "summary": "Прошу пересчитать пенсию по старости", "applicant": {"fullName": "%s", "phone": "%s"}}"""
                .formatted(phone, name, phone)).expect(202).json().getString("receiptId");
        return api.awaitProcessed("operator", receiptId);
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    @Test
    void theOpenDataExportHasOneRowPerAppealAndNothingPersonal() {
        Api api = api();
        String name = "Жумабекова Чолпон";
        String n = fileSocial(api, name).getString("registrationNumber");
        String today = LocalDate.now(ZONE).toString();
        api.get("operator", "reports/open-data?from=" + today + "&to=" + today).expect(403);
        api.get("analyst", "reports/open-data?to=" + today).expect(400);
        api.get("analyst", "reports/open-data?from=2025-01-01&to=2026-12-31").expect(400);

        Api.Reply csv = api.get("analyst", "reports/open-data?from=" + today + "&to=" + today, "Accept", "text/csv").expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").orElse("").contains("attachment"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(COLUMNS, lines[0]);
        String row = List.of(lines).stream().filter(l -> l.startsWith(n + ",")).findFirst().orElseThrow();
        assertTrue(row.contains(",PHONE,APPLICATION,SOCIAL,CHUI,MIN_LABOUR_SOCIAL,"), row);
        assertEquals(14, row.split(",", -1).length, row);
        assertFalse(csv.body().contains(name) || csv.body().contains("пенсию") || csv.body().contains("+996701"),
                "no name, no text, no phone");

        JsonArray json = api.get("supervisor", "reports/open-data?from=" + today + "&to=" + today).expect(200).array();
        JsonObject ours = json.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("registrationNumber").equals(n)).findFirst().orElseThrow();
        assertEquals(Set.of(COLUMNS.split(",")), ours.keySet());
        assertEquals("SOCIAL", ours.getString("category"));
        assertTrue(ours.isNull("verdict"), "no verdict is its own value");
        assertEquals(Set.of(COLUMNS.split(",")), json.getJsonObject(0).keySet(), "every column in every row, null or not");
        assertEquals(lines.length - 1, json.size(), "the same rows in both formats");
    }

    @Test
    void aBodysScorecardRatesItOnlyWithEnoughAppeals() {
        Api api = api();
        List<JsonObject> receipts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            receipts.add(fileSocial(api, "Асанов Бакыт " + i));
        }
        String answered = receipts.get(0).getString("registrationNumber");
        api.assign(answered, "officer");
        api.post("officer", "appeals/" + answered + "/answer",
                "{\"text\": \"Пенсия пересчитана.\", \"outcome\": \"SUPPORTED\", \"measuresTaken\": true}").expect(200);
        api.post(null, "public/appeals/" + answered + "/verdict", "{\"code\": \"" + receipts.get(0).getString("accessCode")
                + "\", \"verdict\": \"SATISFIED\"}").expect(200);
        LocalDate today = LocalDate.now(ZONE);
        api.get(null, "public/statistics").expect(400);
        api.get(null, "public/statistics?year=" + today.getYear() + "&month=13").expect(400);

        JsonObject figures = api.get(null, "public/statistics?year=" + today.getYear() + "&month=" + today.getMonthValue(),
                "Accept-Language", "en").expect(200).json();
        assertEquals(20, figures.getInt("minimumAppealsToRate"));
        for (JsonValue value : figures.getJsonArray("bodies")) {
            JsonObject body = value.asJsonObject();
            boolean enough = body.getInt("received") >= 20;
            assertEquals(enough ? "RATED" : "TOO_FEW_TO_RATE", body.getString("rating"), body::toString);
            if (!enough) {
                assertTrue(absent(body, "onTimeRate") && absent(body, "resolutionRate") && absent(body, "satisfactionRate"),
                        body::toString);
            }
        }
        JsonObject labour = figures.getJsonArray("bodies").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonObject("body").getString("code").equals("MIN_LABOUR_SOCIAL")).findFirst().orElseThrow();
        assertEquals("Ministry of Labour, Social Security and Migration", labour.getJsonObject("body").getString("name"));
        assertTrue(labour.getInt("received") >= 20);
        assertEquals("RATED", labour.getString("rating"));
        int answeredCount = labour.getInt("answered");
        assertTrue(answeredCount >= 1);
        assertEquals(BigDecimal.valueOf(labour.getInt("answeredOnTime") * 100L)
                .divide(BigDecimal.valueOf(answeredCount), 1, RoundingMode.HALF_UP), labour.getJsonNumber("onTimeRate").bigDecimalValue());
        assertEquals(BigDecimal.valueOf(labour.getInt("resolved") * 100L)
                .divide(BigDecimal.valueOf(answeredCount), 1, RoundingMode.HALF_UP), labour.getJsonNumber("resolutionRate").bigDecimalValue());
        assertTrue(labour.getInt("verdictsGiven") >= 1 && labour.getInt("satisfied") >= 1, labour::toString);
        assertEquals(BigDecimal.valueOf(labour.getInt("satisfied") * 100L)
                        .divide(BigDecimal.valueOf(labour.getInt("verdictsGiven")), 1, RoundingMode.HALF_UP),
                labour.getJsonNumber("satisfactionRate").bigDecimalValue());
    }
}
