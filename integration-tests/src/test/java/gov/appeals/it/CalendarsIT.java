package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendars an administrator keeps: read and replaced by year, the deadlines that
 * follow a replacement, the open appeals it reports, and the warnings when a year has none. The
 * year 2030 (no calendar shipped) is reached by moving the test server's clock.
 */
@RunAsClient
class CalendarsIT extends ApplicationIT {

    private static final String PHONE_APPEAL = """
            {"kind": "APPLICATION", "summary": "Пенсия боюнча суроо", "callerNumber": "+996555000%d",
             "applicant": {"fullName": "Токтогулова Айпери"}}""";

    @Test
    void theShippedCalendarsNameTheirSourcesAndOnlyAnAdministratorReadsThem() {
        Api api = api();
        JsonObject kg = api.get("admin", "admin/calendars/KG/2026").expect(200).json();
        assertTrue(kg.getString("source").contains("835"), kg::toString);
        assertFalse(kg.getBoolean("provisional"));
        assertTrue(kg.getJsonArray("days").stream().anyMatch(d -> d.asJsonObject().getString("date").equals("2026-01-05")));
        assertTrue(api.get("admin", "admin/calendars/RU/2027").expect(200).json().getBoolean("provisional"),
                "no transfer decree for 2027 yet");
        assertEquals(403, api.get("supervisor", "admin/calendars/KG/2026").status());
        assertEquals(404, api.get("admin", "admin/calendars/KG/2041").status());
        assertEquals(404, api.get("admin", "admin/calendars/XX/2026").status());
    }

    @Test
    void aReplacementIsCheckedFieldByField() {
        Api api = api();
        Api.Reply bad = api.put("admin", "admin/calendars/KZ/2031", """
                {"days": [{"date": "2030-12-31", "name": "New Year's Eve"},
                          {"date": "2031-03-17", "name": "A Monday", "workingDay": true},
                          {"date": "2031-03-18"}]}""").expect(400);
        List<String> fields = bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("source", "days[0].date", "days[1].workingDay", "days[2].name"), fields, bad.body());
        assertEquals(404, api.get("admin", "admin/calendars/KZ/2031").status(), "nothing was stored");
        assertEquals(403, api.put("supervisor", "admin/calendars/KZ/2031", "{\"source\": \"s\", \"days\": []}").status());
    }

    @Test
    void aYearWithoutACalendarIsFlaggedAndItsReplacementMovesLaterDeadlinesOnly() {
        Api api = api();
        try {
            // Monday 3 June 2030, KG: 14 working days end on Friday 21 June, counting weekdays only.
            api.put("admin", "admin/clock", "{\"now\": \"2030-06-03T10:00:00+06:00\"}").expect(200);
            JsonObject before = api.fileAndRead("operator", "phone", PHONE_APPEAL.formatted(401));
            assertTrue(before.getString("dueAt").startsWith("2030-06-21"), before::toString);
            assertTrue(Api.historyActions(before).contains("CALENDAR_MISSING"), before::toString);

            // A decree makes 10-14 June days off: the open appeal keeps its date, the report shows the new one.
            JsonObject replaced = api.put("admin", "admin/calendars/KG/2030", """
                    {"source": "Decree No. 1 of 2030 (test)", "provisional": false, "days": [
                      {"date": "2030-06-10", "name": "Days off by decree"}, {"date": "2030-06-11", "name": "Days off by decree"},
                      {"date": "2030-06-12", "name": "Days off by decree"}, {"date": "2030-06-13", "name": "Days off by decree"},
                      {"date": "2030-06-14", "name": "Days off by decree"}]}""").expect(200).json();
            assertEquals("admin", replaced.getJsonObject("calendar").getString("updatedBy"));
            JsonObject difference = replaced.getJsonArray("openAppealsWithAnotherDueDate").stream().map(v -> v.asJsonObject())
                    .filter(d -> d.getString("registrationNumber").equals(before.getString("registrationNumber")))
                    .findFirst().orElseThrow(() -> new AssertionError("not reported: " + replaced));
            assertTrue(difference.getString("dueUnderNewCalendar").startsWith("2030-06-28"), difference::toString);
            assertEquals(before.getString("dueAt"), api.get("dispatcher", "appeals/" + before.getString("registrationNumber"))
                    .expect(200).json().getString("dueAt"), "an open appeal keeps its due date");

            JsonObject after = api.fileAndRead("operator", "phone", PHONE_APPEAL.formatted(402));
            assertTrue(after.getString("dueAt").startsWith("2030-06-28"), after::toString);
            assertFalse(Api.historyActions(after).contains("CALENDAR_MISSING"), after::toString);
            assertEquals(5, api.get("admin", "admin/calendars/KG/2030").expect(200).json().getJsonArray("days").size());

            // From 1 November readiness warns that next year has no calendar; it stays ready.
            api.put("admin", "admin/clock", "{\"now\": \"2030-11-02T10:00:00+06:00\"}").expect(200);
            JsonObject ready = api.get(null, "health/ready").expect(200).json();
            JsonObject calendars = ready.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                    .filter(c -> c.getString("name").equals("calendars")).findFirst().orElseThrow();
            assertTrue(calendars.getJsonArray("warnings").toString().contains("No KG holiday calendar for 2031"), ready::toString);
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }
    }
}
