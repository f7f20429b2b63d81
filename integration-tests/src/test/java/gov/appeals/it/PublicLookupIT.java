package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The citizen's lookup by number and access code, without signing in. */
@RunAsClient
class PublicLookupIT extends ApplicationIT {

    @Test
    void theCitizenSeesWhereTheAppealStandsAndNothingElseAndGuessersAreThrottled() {
        Api api = api();
        String receiptId = api.post("operator", "intake/phone", "{\"kind\":\"COMPLAINT\",\"category\":\"COURTS_LAW_ENFORCEMENT\",\"summary\":\"Участковый не принимает "
                + "заявление о краже\",\"callerNumber\":\"+996700900100\",\"applicant\":{\"fullName\":\"Садыков Нурлан\","
                + "\"address\":\"Бишкек, ул. Киевская 1\"}}").expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed("operator", receiptId);
        String n = receipt.getString("registrationNumber");
        String code = receipt.getString("accessCode");
        assertTrue(code.matches("[A-Z2-9]{8}"), "the operator reads the code out during the call: " + code);

        Api.Reply found = api.get(null, "public/appeals/" + n + "?code=" + code.toLowerCase()).expect(200);
        JsonObject status = found.json();
        assertEquals(n, status.getString("registrationNumber"));
        assertEquals("ASSIGNED", status.getString("status"));
        assertEquals("PROSECUTOR_GENERAL", status.getJsonObject("body").getString("code"));
        assertTrue(status.containsKey("receivedOn") && status.containsKey("dueOn"));
        assertEquals(Set.of("registrationNumber", "status", "receivedOn", "dueOn", "body", "readBy"), status.keySet(),
                "no name, no text, no official: only the bodies that read it");
        assertTrue(found.header("Cache-Control").orElse("").contains("no-store"));

        Api.Reply wrongCode = api.get(null, "public/appeals/" + n + "?code=WRONG234");
        Api.Reply unknown = api.get(null, "public/appeals/2026-999998?code=" + code);
        assertEquals(404, wrongCode.status());
        assertEquals(404, unknown.status());
        assertEquals(wrongCode.body(), unknown.body(), "a wrong code and an unknown number look the same");
        assertFalse(wrongCode.body().contains(n), wrongCode.body());

        // Five failures in the window (two above, three more), then the address is refused for a while.
        for (int i = 0; i < 3; i++) {
            assertEquals(404, api.get(null, "public/appeals/" + n + "?code=GUESS" + i + "AB").status());
        }
        Api.Reply throttled = api.get(null, "public/appeals/" + n + "?code=GUESS9AB");
        assertEquals(429, throttled.status());
        assertTrue(throttled.contentType().startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 600, "Retry-After " + retryAfter);
        assertEquals(429, api.get(null, "public/appeals/" + n + "?code=" + code).status(), "even the right code, for now");
    }
}
