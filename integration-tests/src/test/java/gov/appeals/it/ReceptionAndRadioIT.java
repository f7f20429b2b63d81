package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The public reception desk and the radio call-in show. */
@RunAsClient
class ReceptionAndRadioIT extends ApplicationIT {

    @Test
    void aVisitorsAppealIsRegisteredWithItsReceptionPointAndTheRegionalRuleApplies() {
        JsonObject appeal = api().fileAndRead("reception", "reception", """
                {"kind": "APPLICATION", "summary": "Прошу предоставить земельный участок под строительство дома",
                 "region": "BISHKEK", "receptionPoint": "BISHKEK_CENTRAL", "ticketNumber": "A-017",
                 "applicant": {"fullName": "Токтогулова Айнура", "address": "Бишкек, ул. Токтогула 1",
                               "email": "ainura@example.kg"}}
                """);
        assertEquals("RECEPTION", appeal.getString("channel"));
        assertEquals("LAND_HOUSING", appeal.getJsonObject("category").getString("code"));
        assertEquals("BISHKEK_CITY_HALL", appeal.getJsonObject("body").getString("code"),
                "land in Bishkek goes to the city hall, not the national agency");
        assertEquals("ASSIGNED", appeal.getString("status"));
        JsonObject visit = appeal.getJsonObject("receptionVisit");
        assertEquals("BISHKEK_CENTRAL", visit.getJsonObject("receptionPoint").getString("code"));
        assertEquals("A-017", visit.getString("ticketNumber"));
        assertEquals("ainura@example.kg", appeal.getJsonObject("applicant").getString("email"));
        assertTrue(appeal.getJsonArray("history").getJsonObject(0).getString("detail").contains("BISHKEK_CENTRAL"));
    }

    @Test
    void aReceptionAppealNeedsAKnownReceptionPoint() {
        Api api = api();
        JsonObject missing = api.post("reception", "intake/reception",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"x\"}").expect(400).json();
        assertEquals("receptionPoint", missing.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject unknown = api.post("reception", "intake/reception",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"x\",\"receptionPoint\":\"MOON_BASE\"}").expect(400).json();
        assertTrue(unknown.getJsonArray("errors").getJsonObject(0).getString("message").contains("MOON_BASE"));
    }

    @Test
    void aRadioBatchGetsReceiptsInInputOrderAndAnswersOnAirAreClosedAtOnce() {
        Api api = api();
        JsonObject accepted = api.post("producer", "intake/radio", """
                {"broadcast": {"programme": "Биринчи кабылдама", "airDate": "2026-11-20", "episode": "47"},
                 "appeals": [
                   {"kind": "COMPLAINT", "summary": "В нашем селе полгода нет врача в больнице", "region": "NARYN",
                    "answeredOnAir": false},
                   {"kind": "APPLICATION", "summary": "Как оформить пособие на ребенка?", "answeredOnAir": true,
                    "onAirAnswer": "Обратитесь в районное управление соцразвития с паспортом и свидетельством о рождении"},
                   {"kind": "PROPOSAL", "summary": "Банкам нужно снизить проценты по микрокредитам",
                    "applicant": {"fullName": "Жолдошев Эрмек", "phone": "+996 777 12 34 56"}}
                 ]}
                """).expect(202).json();
        JsonArray receipts = accepted.getJsonArray("receipts");
        assertEquals(3, receipts.size());

        List<JsonObject> appeals = new ArrayList<>();
        for (int i = 0; i < receipts.size(); i++) {
            JsonObject receipt = api.awaitProcessed("producer", receipts.getJsonObject(i).getString("receiptId"));
            assertEquals("REGISTERED", receipt.getString("status"));
            appeals.add(api.get("supervisor", "appeals/" + receipt.getString("registrationNumber")).expect(200).json());
        }
        assertEquals("COMPLAINT", appeals.get(0).getString("kind"), "receipts come back in input order");
        assertEquals("APPLICATION", appeals.get(1).getString("kind"));
        assertEquals("PROPOSAL", appeals.get(2).getString("kind"));

        JsonObject onAir = appeals.get(0).getJsonObject("radioCall");
        assertEquals("Биринчи кабылдама", onAir.getString("programme"));
        assertEquals("2026-11-20", onAir.getString("airDate"));
        assertEquals("47", onAir.getString("episode"));

        assertEquals("ASSIGNED", appeals.get(0).getString("status"));
        assertEquals("SOCIAL", appeals.get(0).getJsonObject("category").getString("code"));
        assertEquals("CLOSED", appeals.get(1).getString("status"), "answered on air: nothing left to answer");
        assertFalse(appeals.get(1).containsKey("dueAt"));
        assertTrue(appeals.get(1).getJsonObject("radioCall").getBoolean("answeredOnAir"));
        assertEquals("ECONOMY", appeals.get(2).getJsonObject("category").getString("code"));
        assertEquals("MIN_ECONOMY", appeals.get(2).getJsonObject("body").getString("code"));
    }

    @Test
    void aBatchOfAThousandIsAcceptedAndEveryAppealRegisteredOnce() {
        Api api = api();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"kind\":\"APPLICATION\",\"summary\":\"Вопрос слушателя номер ")
                    .append(i).append(" о пенсии\",\"answeredOnAir\":false}");
        }
        JsonArray receipts = api.post("producer", "intake/radio",
                "{\"broadcast\":{\"programme\":\"Биринчи кабылдама\",\"airDate\":\"2026-11-21\"},\"appeals\":[" + items + "]}")
                .expect(202).json().getJsonArray("receipts");
        assertEquals(1000, receipts.size());
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < receipts.size(); i++) {
            JsonObject receipt = api.awaitProcessed("producer", receipts.getJsonObject(i).getString("receiptId"));
            assertEquals("REGISTERED", receipt.getString("status"));
            numbers.add(receipt.getString("registrationNumber"));
        }
        assertEquals(1000, numbers.size(), "a thousand appeals, a thousand distinct registration numbers");
    }

    @Test
    void batchErrorsNameTheItemAndTheField() {
        Api api = api();
        JsonObject problem = api.post("producer", "intake/radio", """
                {"broadcast": {"programme": "Биринчи кабылдама", "airDate": "20 ноября"},
                 "appeals": [
                   {"kind": "PROPOSAL", "summary": "Хорошо"},
                   {"kind": "PROPOSAL", "summary": ""},
                   {"kind": "APPLICATION", "summary": "Ответили в эфире", "answeredOnAir": true}
                 ]}
                """).expect(400).json();
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("appeals[1].summary", "appeals[2].onAirAnswer", "broadcast.airDate"), fields);

        JsonObject empty = api.post("producer", "intake/radio",
                "{\"broadcast\":{\"programme\":\"P\",\"airDate\":\"2026-11-20\"},\"appeals\":[]}").expect(400).json();
        assertEquals("appeals", empty.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aBatchOverAThousandIsRefused() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            items.append(i == 0 ? "" : ",").append("{\"kind\":\"PROPOSAL\",\"summary\":\"s\"}");
        }
        JsonObject problem = api().post("producer", "intake/radio",
                "{\"broadcast\":{\"programme\":\"P\",\"airDate\":\"2026-11-20\"},\"appeals\":[" + items + "]}")
                .expect(400).json();
        assertEquals("appeals", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aRadioBatchMayBeLargerThanASingleAppealButNotOverSixteenMebibytes() {
        Api api = api();
        String longSummary = "Жалоба на задержку пенсии. ".repeat(700).substring(0, 18_000);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            items.append(i == 0 ? "" : ",").append("{\"kind\":\"COMPLAINT\",\"summary\":").append(Api.quote(longSummary)).append('}');
        }
        String twoMebibytes = "{\"broadcast\":{\"programme\":\"P\",\"airDate\":\"2026-11-20\"},\"appeals\":[" + items + "]}";
        assertTrue(twoMebibytes.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 2 * 1024 * 1024);
        assertEquals(80, api.post("producer", "intake/radio", twoMebibytes).expect(202).json().getJsonArray("receipts").size());

        String tooLarge = "{\"broadcast\":{\"programme\":\"P\",\"airDate\":\"2026-11-20\"},\"appeals\":[{\"kind\":\"PROPOSAL\",\"summary\":\""
                + "x".repeat(17 * 1024 * 1024) + "\"}]}";
        Api.Reply refused = api.post("producer", "intake/radio", tooLarge);
        assertEquals(413, refused.status(), refused::body);
    }

    /**
     * The radio desk checks a whole table before filing it: the same rules as filing, every bad row
     * and field named, and nothing filed, whether the check finds something or not.
     */
    @Test
    void aDryRunChecksABatchByTheRulesOfFilingAndFilesNothing() {
        Api api = api();
        long before = api.get("dispatcher", "appeals?channel=RADIO&size=1").expect(200).json().getJsonNumber("total").longValue();
        String batch = """
                {"broadcast": {"programme": "Биринчи кабылдама", "airDate": "%s"},
                 "appeals": [
                   {"kind": "APPLICATION", "summary": "Когда отремонтируют дорогу в Кочкоре?"},
                   {"kind": "APPLICATION", "summary": "%s", "category": "%s", "answeredOnAir": true},
                   {"kind": "PROPOSAL", "summary": "Открыть филиал ЦОН в селе", "region": "NARYN"}]}""";
        JsonObject refused = api.post("producer", "intake/radio/checks", batch.formatted("2026-11-27", " ", "WEATHER"))
                .expect(400).json();
        Set<String> fields = new HashSet<>();
        refused.getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("appeals[1].summary", "appeals[1].category", "appeals[1].onAirAnswer"), fields, refused.toString());
        JsonObject noBroadcast = api.post("producer", "intake/radio/checks",
                "{\"appeals\": [{\"kind\": \"APPLICATION\", \"summary\": \"Вопрос\"}]}").expect(400).json();
        assertEquals(1, noBroadcast.getJsonArray("errors").size(), "the broadcast, once: " + noBroadcast);
        assertEquals("broadcast", noBroadcast.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.post("producer", "intake/radio/checks", batch.formatted("27.11.2026", "Вопрос", "SOCIAL")
                .replace("\"answeredOnAir\": true", "\"answeredOnAir\": false")).status(), "a date as the rules cannot read it");

        String fixed = batch.formatted("2026-11-27", "Где получить справку о составе семьи?", "SOCIAL")
                .replace("\"answeredOnAir\": true", "\"answeredOnAir\": false");
        JsonObject checked = api.post("producer", "intake/radio/checks", fixed, "Idempotency-Key", "show-2026-11-27")
                .expect(200).json();
        
        assertEquals(3, checked.getInt("appeals"));
        assertEquals(403, api.post("operator", "intake/radio/checks", fixed).status(), "the door's own role");
        assertEquals(before, api.get("dispatcher", "appeals?channel=RADIO&size=1").expect(200).json().getJsonNumber("total")
                .longValue(), "nothing filed");
        assertEquals(3, api.post("producer", "intake/radio", fixed, "Idempotency-Key", "show-2026-11-27").expect(202).json()
                .getJsonArray("receipts").size(), "the key a check saw is still free");
    }
}
