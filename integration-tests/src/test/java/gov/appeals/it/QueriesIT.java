package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The appeals list, reference data and health checks. */
@RunAsClient
class QueriesIT extends ApplicationIT {

    @Test
    void theListIsAPageNewestFirstFilteredAndCounted() {
        Api api = api();
        String older = api.fileAndRead("reception", "reception",
                "{\"kind\":\"APPLICATION\",\"summary\":\"Налог на бизнес завышен\",\"receptionPoint\":\"OSH_SOUTH\","
                        + "\"receivedAt\":\"2026-02-02T10:00:00+06:00\"}").getString("registrationNumber");
        String newer = api.fileAndRead("reception", "reception",
                "{\"kind\":\"APPLICATION\",\"summary\":\"Банк требует досрочно вернуть кредит\",\"receptionPoint\":\"OSH_SOUTH\","
                        + "\"receivedAt\":\"2026-02-03T10:00:00+06:00\"}").getString("registrationNumber");

        JsonObject page = api.get("supervisor",
                "appeals?channel=RECEPTION&category=ECONOMY&body=MIN_ECONOMY&status=ASSIGNED&from=2026-02-02&to=2026-02-03&size=1")
                .expect(200).json();
        assertEquals(2, page.getJsonNumber("total").longValue());
        assertEquals(0, page.getInt("page"));
        assertEquals(1, page.getInt("size"));
        JsonArray items = page.getJsonArray("items");
        assertEquals(1, items.size());
        JsonObject first = items.getJsonObject(0);
        assertEquals(newer, first.getString("registrationNumber"), "newest first");
        assertEquals("ECONOMY", first.getJsonObject("category").getString("code"));
        assertFalse(first.containsKey("summary"), "no text in the list");
        assertFalse(first.containsKey("applicant"), "no personal data in the list");

        JsonObject second = api.get("supervisor",
                "appeals?channel=RECEPTION&category=ECONOMY&from=2026-02-02&to=2026-02-03&size=1&page=1").expect(200).json();
        assertEquals(older, second.getJsonArray("items").getJsonObject(0).getString("registrationNumber"));

        JsonObject dayOne = api.get("dispatcher", "appeals?channel=RECEPTION&from=2026-02-02&to=2026-02-02").expect(200).json();
        assertEquals(1, dayOne.getJsonNumber("total").longValue(), "'to' is inclusive, in the deployment's zone");
    }

    @Test
    void aDispatcherFindsAnAppealByWhatTheCitizenGaveAndEverySearchIsARead() {
        Api api = api();
        int seed = 100_000 + (int) (Math.random() * 899_999);
        String word = "Кызылжар" + seed; // a village name no other test writes
        String filed = api.fileAndRead("operator", "phone", """
                {"kind": "COMPLAINT", "summary": "В селе %s третий месяц нет питьевой воды",
                 "callerNumber": "+996 312 %d",
                 "applicant": {"fullName": "Абдрахманова Гулзат", "phone": "+996 772 %d",
                               "email": "gulzat.%d@example.kg", "nationalId": "2%d0001"}}"""
                .formatted(word, seed, seed, seed, seed)).getString("registrationNumber");

        for (String q : List.of(filed, "0772-" + seed, "GULZAT." + seed + "@EXAMPLE.KG", "2" + seed + "0001",
                word.toLowerCase(), "абдрахманова гулзат")) {
            JsonObject page = api.get("dispatcher", "appeals?q=" + encode(q)).expect(200).json();
            assertTrue(page.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("registrationNumber").equals(filed)),
                    "found by " + q + ": " + page);
        }
        assertEquals(0, api.get("dispatcher", "appeals?q=" + encode(word + "x") + "&status=CLOSED").expect(200).json().getInt("total"),
                "with the list's filters");
        Api.Reply tooShort = api.get("dispatcher", "appeals?q=a");
        assertEquals(400, tooShort.status());
        assertTrue(tooShort.body().contains("\"q\""), tooShort.body());
        assertEquals(403, api.get("officer", "appeals?q=" + encode(word)).status());

        JsonArray log = api.get("supervisor", "appeals/" + filed + "/access-log").expect(200).array();
        assertTrue(log.stream().map(JsonValue::asJsonObject)
                        .anyMatch(e -> e.getString("what").equals("SEARCH") && e.getString("reader").equals("dispatcher")),
                "the search is in the access log: " + log);
    }

    private static String encode(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void referenceListsCarryCodesAndNamesInThreeLanguages() {
        Api api = api();
        JsonArray categories = api.get("operator", "reference/categories").expect(200).array();
        // The six subjects of the appeals office's statistics, in their order (other tests may add more after them).
        assertEquals(List.of("COURTS_LAW_ENFORCEMENT", "LAND_HOUSING", "SOCIAL", "AWARDS_CITIZENSHIP", "ECONOMY", "OTHER"),
                categories.stream().map(v -> v.asJsonObject().getString("code")).limit(6).toList());
        JsonObject land = categories.getJsonObject(1);
        assertEquals("Жер участоктору жана турак жай", land.getString("nameKy"));
        assertEquals("Земельные участки и жильё", land.getString("nameRu"));
        assertEquals("Land plots and housing", land.getString("nameEn"));

        assertEquals(9, api.get("reception", "reference/regions").expect(200).array().size());
        JsonArray bodies = api.get("producer", "reference/bodies").expect(200).array();
        assertTrue(bodies.size() >= 10);
        assertTrue(bodies.stream().anyMatch(b -> b.asJsonObject().getString("code").equals("PROSECUTOR_GENERAL")));
        JsonArray points = api.get("analyst", "reference/reception-points").expect(200).array();
        JsonObject osh = points.stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("code").equals("OSH_SOUTH")).findFirst().orElseThrow();
        assertEquals("OSH_CITY", osh.getString("region"));
    }

    @Test
    void readinessReportsTheDatabaseTheBrokerTheCalendarsAndTheBrokersDeadLetters() {
        JsonObject ready = api().get(null, "health/ready").expect(200).json();
        assertEquals("UP", ready.getString("status"));
        assertEquals(List.of("database", "broker", "calendars", "brokerDeadLetters"),
                ready.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")).toList());
        assertTrue(ready.getJsonArray("checks").stream().allMatch(c -> c.asJsonObject().getBoolean("up")));
    }

    @Test
    void theYearlySummaryCountsRegisteredAppealsWithSharesAndNoPersonalData() {
        Api api = api();
        JsonObject appeal = api.fileAndRead("operator", "phone",
                "{\"kind\":\"COMPLAINT\",\"summary\":\"Полиция не принимает заявление\",\"region\":\"TALAS\","
                        + "\"callerNumber\":\"12345\",\"applicant\":{\"fullName\":\"Секретов Секрет\"}}");
        int year = java.time.OffsetDateTime.parse(appeal.getString("registeredAt")).getYear();

        Api.Reply reply = api.get("analyst", "reports/summary?year=" + year).expect(200);
        JsonObject summary = reply.json();
        assertEquals(year, summary.getInt("year"));
        long total = summary.getJsonNumber("total").longValue();
        assertTrue(total >= 1);
        JsonObject breakdowns = summary.getJsonObject("breakdowns");
        for (String dimension : List.of("channel", "kind", "category", "region", "body", "status")) {
            long sum = breakdowns.getJsonArray(dimension).stream()
                    .mapToLong(l -> l.asJsonObject().getJsonNumber("count").longValue()).sum();
            assertEquals(total, sum, dimension + " adds up to the total");
        }
        assertTrue(breakdowns.getJsonArray("region").stream()
                .anyMatch(l -> "TALAS".equals(l.asJsonObject().getString("code", null))));
        assertFalse(reply.body().contains("Секретов"), "no personal data in statistics");

        assertEquals(403, api.get("operator", "reports/summary?year=" + year).status());
        assertEquals(400, api.get("analyst", "reports/summary").status());
    }

    @Test
    void theIntakeStatusShowsTheBacklogAndWhatWasRegisteredThisYear() {
        Api api = api();
        JsonObject appeal = api.fileAndRead("operator", "phone",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"s\",\"callerNumber\":\"12345\"}");
        String year = appeal.getString("registrationNumber").substring(0, 4);
        long number = Long.parseLong(appeal.getString("registrationNumber").substring(5));

        JsonObject status = api.get("dispatcher", "admin/intake").expect(200).json();
        assertTrue(status.getJsonObject("registeredByYear").getJsonNumber(year).longValue() >= number);
        assertTrue(status.getJsonNumber("queued").longValue() >= 0);
        assertTrue(status.getJsonNumber("rejected").longValue() >= 0);
        assertEquals(403, api.get("operator", "admin/intake").status());
    }
}
