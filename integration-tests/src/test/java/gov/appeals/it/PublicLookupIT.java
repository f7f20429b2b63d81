package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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

    /**
     * The security review's finding: the throttle checked before the lookup and counted the failure
     * after it, so that of 40 parallel wrong codes 7 to 16 were looked up. Each attempt now counts
     * before its lookup. The server's clock is moved a day on, so that the address starts with a
     * clean window whatever earlier tests did, and then past the window, where the limit lifts.
     */
    @Test
    void parallelGuessesGetNoMoreLookupsThanTheLimit() {
        Api api = api();
        String receiptId = api.post("operator", "intake/phone", "{\"kind\":\"APPLICATION\",\"summary\":\"Прошу разъяснить "
                + "порядок получения пособия\",\"callerNumber\":\"+996700900101\"}").expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed("operator", receiptId);
        String n = receipt.getString("registrationNumber");
        OffsetDateTime tomorrow = OffsetDateTime.now().plusDays(1);
        try {
            api.put("admin", "admin/clock", "{\"now\": \"" + tomorrow + "\"}").expect(200);
            List<CompletableFuture<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "GUESS" + (char) ('A' + i % 26) + (char) ('A' + i / 26) + "X";
                guesses.add(CompletableFuture.supplyAsync(() -> api.get(null, "public/appeals/" + n + "?code=" + guess).status()));
            }
            List<Integer> statuses = guesses.stream().map(CompletableFuture::join).toList();
            assertEquals(5, statuses.stream().filter(s -> s == 404).count(), statuses::toString);
            assertEquals(35, statuses.stream().filter(s -> s == 429).count(), statuses::toString);

            api.put("admin", "admin/clock", "{\"now\": \"" + tomorrow.plusMinutes(11) + "\"}").expect(200);
            api.get(null, "public/appeals/" + n + "?code=" + receipt.getString("accessCode")).expect(200);
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }
    }
}
