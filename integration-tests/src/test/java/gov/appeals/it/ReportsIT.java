package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The reports over a known data set, filed through the real endpoints in a region no other test
 * uses, so that its figures are exact whatever else the server holds: the summary's counts and
 * shares, one-way and two-way, in JSON and CSV, and the performance report's figures.
 */
@RunAsClient
class ReportsIT extends ApplicationIT {

    private static final String REGION = "BATKEN";

    private static JsonObject phone(Api api, String category) {
        String number = "+996702" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String receiptId = api.post("operator", "intake/phone", """
                {"kind": "APPLICATION", "category": "%s", "region": "%s", "callerNumber": "%s", "summary": "Вопрос жителя Баткена",
                 "applicant": {"fullName": "Житель Баткена", "phone": "%s"}}""".formatted(category, REGION, number, number))
                .expect(202).json().getString("receiptId");
        return api.awaitProcessed("operator", receiptId);
    }

    @Test
    void theSummaryAndThePerformanceOfAKnownDataSet() {
        Api api = api();
        JsonObject answered = phone(api, "SOCIAL");
        phone(api, "SOCIAL");
        phone(api, "SOCIAL");
        String letter = api.post("clerk", "intake/written", """
                {"kind": "COMPLAINT", "category": "LAND_HOUSING", "region": "%s", "receivedVia": "POST",
                 "summary": "Не выдают акт на земельный участок"}""".formatted(REGION)).expect(202).json().getString("receiptId");
        api.awaitProcessed("clerk", letter);
        String n = answered.getString("registrationNumber");
        api.assign(n, "officer");
        api.post("officer", "appeals/" + n + "/answer",
                "{\"text\": \"Пособие назначено.\", \"outcome\": \"SUPPORTED\", \"measuresTaken\": true}").expect(200);
        api.post(null, "public/appeals/" + n + "/verdict",
                "{\"code\": \"" + answered.getString("accessCode") + "\", \"verdict\": \"SATISFIED\"}").expect(200);
        String today = LocalDate.now(ZoneId.of("Asia/Bishkek")).toString();
        String period = "from=" + today + "&to=" + today;

        JsonObject byCategory = api.get("analyst", "reports/summary?" + period + "&groupBy=category&region=" + REGION,
                "Accept-Language", "en").expect(200).json();
        assertEquals(4, byCategory.getInt("total"));
        JsonObject first = byCategory.getJsonArray("rows").getJsonObject(0);
        assertEquals("SOCIAL", first.getJsonObject("category").getString("code"));
        assertEquals("Social matters (health, education, culture, tourism, pensions, material aid)",
                first.getJsonObject("category").getString("name"));
        assertEquals(3, first.getInt("count"));
        assertEquals("75.0", first.getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals("25.0", byCategory.getJsonArray("rows").getJsonObject(1).getJsonNumber("share").bigDecimalValue()
                .toPlainString());

        JsonObject twoWay = api.get("supervisor", "reports/summary?" + period + "&groupBy=channel&groupBy=kind&region="
                + REGION).expect(200).json();
        assertEquals(List.of("channel", "kind"), twoWay.getJsonArray("groupBy").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(2, twoWay.getJsonArray("rows").size());
        JsonObject written = twoWay.getJsonArray("rows").getJsonObject(1);
        assertEquals("WRITTEN", written.getJsonObject("channel").getString("code"));
        assertEquals("COMPLAINT", written.getJsonObject("kind").getString("code"));
        assertEquals(1, written.getInt("count"));

        Api.Reply csv = api.get("analyst", "reports/summary?" + period + "&groupBy=category&region=" + REGION,
                "Accept", "text/csv").expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("category,categoryName,count,share", lines[0]);
        assertEquals("SOCIAL,\"Социальные вопросы (здравоохранение, образование, культура, туризм, пенсии, материальная помощь)\",3,75.0",
                lines[1], "quoted by the CSV writer: the name has commas");
        assertEquals("LAND_HOUSING,Земельные участки и жильё,1,25.0", lines[2]);

        api.get("analyst", "reports/summary?" + period).expect(400);
        api.get("analyst", "reports/summary?" + period + "&groupBy=colour").expect(400);
        api.get("analyst", "reports/summary?" + period + "&groupBy=channel&groupBy=channel").expect(400);
        api.get("analyst", "reports/summary?" + period + "&groupBy=channel&groupBy=kind&groupBy=status").expect(400);
        api.get("operator", "reports/summary?" + period + "&groupBy=channel").expect(403);

        JsonObject performance = api.get("analyst", "reports/performance?" + period + "&groupBy=region").expect(200).json();
        JsonObject batken = performance.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.isNull("group") && r.getJsonObject("group").getString("code").equals(REGION))
                .findFirst().orElseThrow();
        assertEquals(4, batken.getInt("appeals"));
        assertEquals(1, batken.getInt("answeredOnTime"));
        assertEquals(0, batken.getInt("answeredLate"));
        assertEquals(0, batken.getInt("openOverdue"));
        assertEquals("100.0", batken.getJsonNumber("onTimeRate").bigDecimalValue().toPlainString());
        assertEquals(0, batken.getInt("medianWorkingDaysToAnswer"), "answered the day it came");
        assertEquals(0, batken.getInt("p90WorkingDaysToAnswer"));
        assertEquals("0.00", batken.getJsonNumber("redirectionsPerAppeal").bigDecimalValue().toPlainString());
        assertEquals("100.0", batken.getJsonNumber("resolutionRate").bigDecimalValue().toPlainString());
        assertEquals(1, batken.getInt("verdictsGiven"));
        assertEquals("100.0", batken.getJsonNumber("satisfactionRate").bigDecimalValue().toPlainString());
        assertEquals("0.0", batken.getJsonNumber("reconsiderationRate").bigDecimalValue().toPlainString());
        assertTrue(performance.getJsonObject("total").getInt("appeals") >= 4);
        assertFalse(performance.toString().contains("Житель"), "counts only");
        api.get("analyst", "reports/performance?" + period + "&groupBy=channel").expect(400);
    }
}
