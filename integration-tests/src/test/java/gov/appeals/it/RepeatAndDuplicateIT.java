package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The same person appealing again on the same subject, through another door. */
@RunAsClient
class RepeatAndDuplicateIT extends ApplicationIT {

    private static List<JsonObject> links(JsonObject appeal) {
        return appeal.getJsonArray("links").stream().map(v -> v.asJsonObject()).toList();
    }

    private static JsonObject link(String type, String number) {
        return Json.createObjectBuilder().add("registrationNumber", number).add("type", type).build();
    }

    @Test
    void aDuplicateFollowsItsOriginalAndARepeatGoesToSupervisors() {
        Api api = api();
        int subscriber = 700_000_000 + ThreadLocalRandom.current().nextInt(99_999_999);
        // By phone: the caller's number, international form.
        String first = api.fileAndRead("operator", "phone", "{\"kind\":\"APPLICATION\",\"summary\":\"Не выплачивают пенсию "
                + "по потере кормильца\",\"callerNumber\":\"+996 " + subscriber + "\",\"applicant\":{\"fullName\":\"Жумабаева Гүлзат\"}}")
                .getString("registrationNumber");
        api.post("dispatcher", "appeals/" + first + "/assignment", "{\"assignee\":\"officer\"}");

        // At a reception desk a week later: the same person, the local form of the number, the same subject.
        JsonObject second = api.fileAndRead("reception", "reception", "{\"kind\":\"APPLICATION\",\"summary\":\"Пенсия по потере "
                + "кормильца всё ещё не назначена\",\"receptionPoint\":\"BISHKEK_CENTRAL\",\"applicant\":{\"fullName\":"
                + "\"Жумабаева Гулзат\",\"phone\":\"0" + subscriber + "\",\"email\":\"gulzat" + subscriber + "@mail.kg\"}}");
        String dup = second.getString("registrationNumber");
        assertEquals(List.of(link("DUPLICATE_OF", first)), links(second));
        assertEquals("officer", second.getJsonObject("assignee").getString("username"), "the original's official");
        assertFalse(second.getBoolean("repeat"));
        assertTrue(links(api.appeal("dispatcher", first)).contains(link("DUPLICATED_BY", dup)),
                "linked both ways");

        // One answer answers both.
        api.post("officer", "appeals/" + first + "/answer",
                "{\"text\":\"Пенсия назначена с 1 числа.\",\"outcome\":\"SUPPORTED\",\"measuresTaken\":true}").expect(200);
        JsonObject answeredWith = api.appeal("dispatcher", dup);
        assertEquals("ANSWERED", answeredWith.getString("status"));
        assertEquals("Пенсия назначена с 1 числа.", answeredWith.getJsonObject("answer").getString("text"));
        api.post("dispatcher", "appeals/" + first + "/closure", "").expect(200);
        api.post("dispatcher", "appeals/" + dup + "/closure", "").expect(200);

        // Again, by e-mail address only, after the answer: a repeat, in front of the supervisors.
        JsonObject third = api.fileAndRead("reception", "reception", "{\"kind\":\"COMPLAINT\",\"summary\":\"Пенсию так и не "
                + "выплатили\",\"category\":\"SOCIAL\",\"receptionPoint\":\"OSH_SOUTH\",\"applicant\":{\"fullName\":\"Жумабаева Г.\","
                + "\"email\":\"Gulzat" + subscriber + "@MAIL.kg\"}}");
        String repeat = third.getString("registrationNumber");
        assertTrue(third.getBoolean("repeat"));
        assertEquals("REPEAT", third.getString("escalation"));
        assertEquals(List.of(link("REPEAT_OF", dup)), links(third), "the latest answered one");
        assertTrue(links(api.appeal("dispatcher", dup)).contains(link("REPEATED_BY", repeat)));
        assertTrue(api.get("supervisor", "control/escalated?size=200&body=" + third.getJsonObject("body").getString("code"))
                .expect(200).json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("registrationNumber").equals(repeat)));

        // A head ends the correspondence; nobody else may.
        String end = "{\"text\":\"Доводы рассмотрены в ответе на " + dup + "; новых доводов нет.\",\"outcome\":\"LEFT_UNANSWERED\",\"ground\":\"CORRESPONDENCE_ENDED\"}";
        assertEquals(403, api.post("dispatcher", "appeals/" + repeat + "/answer", end).status());
        JsonObject ended = api.post("supervisor", "appeals/" + repeat + "/answer", end).expect(200).json();
        assertEquals("CLOSED", ended.getString("status"));
        assertEquals("LEFT_UNANSWERED", ended.getJsonObject("answer").getString("outcome"));
        assertEquals("CORRESPONDENCE_ENDED", ended.getJsonObject("answer").getString("ground"));
        assertEquals(409, api.post("supervisor", "appeals/" + first + "/answer", end.replace(dup, first)).status(),
                "not a repeat: correspondence is not ended there");
    }
}
