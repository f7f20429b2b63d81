package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * An officer sees and acts only on appeals of their own body: their own; every one of the body's
 * when they are its head; a colleague's when the head lets them cover. The demo 'officer' and
 * mlsd.bekova are officials of the Ministry of Labour, 'head' its head.
 */
@RunAsClient
class OfficerScopeIT extends ApplicationIT {

    private static final String BODY = "MIN_LABOUR_SOCIAL";
    private static final String COLLEAGUE = "mlsd.bekova";

    private static final String SOCIAL_CALL = """
            {"kind": "APPLICATION", "category": "SOCIAL", "summary": "Прошу пересчитать пенсию по инвалидности",
             "callerNumber": "+996700555666", "applicant": {"fullName": "Касымалиева Бурул"}}""";

    /** An appeal of the Ministry of Labour held by the colleague, not by the demo officer. */
    private String colleaguesAppeal(Api api) {
        String n = api.fileAndRead("operator", "phone", SOCIAL_CALL).getString("registrationNumber");
        api.assign(n, COLLEAGUE);
        return n;
    }

    @Test
    void aColleaguesAppealIsOutOfScopeUntilTheHeadGrantsCover() {
        Api api = api();
        String n = colleaguesAppeal(api);
        assertEquals(404, api.get("officer", "appeals/" + n).status(), "a colleague's appeal, as if it did not exist");
        assertEquals(404, api.get("officer", "appeals/" + n + "/attachments").status());
        assertEquals(404, api.post("officer", "appeals/" + n + "/answer", "{\"text\": \"t\", \"outcome\": \"EXPLAINED\"}").status());

        assertEquals(403, api.post("officer", "bodies/" + BODY + "/grants",
                "{\"grantee\": \"officer\", \"colleague\": \"" + COLLEAGUE + "\"}").status(), "only the head grants");
        assertEquals(403, api.get("officer", "bodies/" + BODY + "/grants").status());
        Api.Reply foreign = api.post("head", "bodies/" + BODY + "/grants",
                "{\"grantee\": \"officer\", \"colleague\": \"health.sultanova\"}");
        assertEquals(400, foreign.status(), "an official of another body: " + foreign.body());
        assertTrue(foreign.body().contains("\"colleague\""), foreign.body());
        assertEquals(403, api.post("head", "bodies/MIN_HEALTH/grants",
                "{\"grantee\": \"health.ermekov\", \"colleague\": \"health.sultanova\"}").status(), "the head of another body");

        Api.Reply granted = api.post("head", "bodies/" + BODY + "/grants",
                "{\"grantee\": \"officer\", \"colleague\": \"" + COLLEAGUE + "\", \"reason\": \"Бекова в отпуске до 15 декабря\","
                        + " \"until\": \"" + OffsetDateTime.now().plusDays(14) + "\"}").expect(201);
        long grant = granted.json().getJsonNumber("id").longValue();
        try {
            assertTrue(api.get("supervisor", "bodies/" + BODY + "/grants").expect(200).array().stream()
                    .anyMatch(g -> g.asJsonObject().getJsonNumber("id").longValue() == grant));
            api.get("officer", "appeals/" + n).expect(200);
            JsonObject answered = api.post("officer", "appeals/" + n + "/answer",
                    "{\"text\": \"Перерасчёт произведён с 1 января.\", \"outcome\": \"EXPLAINED\"}").expect(200).json();
            assertEquals("ANSWERED", answered.getString("status"));
            assertEquals("officer", answered.getJsonObject("answer").getString("answeredBy"), "the covering official answered");
        } finally {
            api.delete("head", "bodies/" + BODY + "/grants/" + grant).expect(204);
        }
        assertEquals(404, api.get("officer", "appeals/" + n).status(), "the cover ended with the grant");
    }

    @Test
    void theHeadSeesEveryAppealOfTheBodyAndNoOther() {
        Api api = api();
        String n = colleaguesAppeal(api);
        api.get("head", "appeals/" + n).expect(200);
        api.get("head", "appeals/" + n + "/notifications").expect(200);

        String economy = api.fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "category": "ECONOMY", "summary": "Прошу разъяснить условия льготного кредита",
                 "callerNumber": "+996700555667", "applicant": {"fullName": "Осмоналиев Бекзат"}}""").getString("registrationNumber");
        assertEquals(404, api.get("head", "appeals/" + economy).status(), "another body's appeal");
    }
}
