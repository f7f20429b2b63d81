package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Was the citizen helped? The citizen's verdict on an answer by each of its three ways in (the
 * public lookup, the page the answer's message links to, an operator or a desk), given once and
 * changed once within the window, and the reconsideration that "not satisfied, because…" opens.
 */
@RunAsClient
class VerdictsIT extends ApplicationIT {

    /** An appeal of the Ministry of Labour answered by the demo officer: its number and access code. */
    private record Answered(String number, String code) {
    }

    private static Answered answered(Api api) {
        String phone = "+996700" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String receiptId = api.post("operator", "intake/phone", """
                {"kind": "APPLICATION", "category": "SOCIAL", "language": "ru", "callerNumber": "%s",
                 "summary": "Не назначают пособие по уходу за ребёнком", "applicant": {"fullName": "Алиева Динара"}}"""
                .formatted(phone)).expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed("operator", receiptId);
        String n = receipt.getString("registrationNumber");
        api.assign(n, "officer");
        api.post("officer", "appeals/" + n + "/answer",
                "{\"text\": \"Пособие назначено с 1 декабря.\", \"outcome\": \"SUPPORTED\", \"measuresTaken\": true}")
                .expect(200);
        return new Answered(n, receipt.getString("accessCode"));
    }

    private static String verdict(String code, String verdict, String comment) {
        return "{\"code\": " + Api.quote(code) + ", \"verdict\": \"" + verdict + "\""
                + (comment == null ? "" : ", \"comment\": " + Api.quote(comment)) + "}";
    }

    @Test
    void theCitizenJudgesThroughTheLookupOnceAndChangesOnce() {
        Api api = api();
        Answered a = answered(api);
        api.post(null, "public/appeals/" + a.number() + "/verdict", verdict("WRONGCODE", "SATISFIED", null)).expect(404);
        api.post(null, "public/appeals/" + a.number() + "/verdict", verdict(a.code(), "DELIGHTED", null)).expect(400);
        JsonObject given = api.post(null, "public/appeals/" + a.number() + "/verdict",
                verdict(a.code().toLowerCase(), "PARTLY", "Назначили, но не с той даты")).expect(200).json();
        assertEquals("PARTLY", given.getString("verdict"));
        assertEquals("PUBLIC_LOOKUP", given.getString("via"));
        assertFalse(given.getBoolean("changed"));
        JsonObject changed = api.post(null, "public/appeals/" + a.number() + "/verdict",
                verdict(a.code(), "SATISFIED", null)).expect(200).json();
        assertTrue(changed.getBoolean("changed"));
        assertFalse(changed.getBoolean("reconsiderationRequested"));
        Api.Reply third = api.post(null, "public/appeals/" + a.number() + "/verdict", verdict(a.code(), "NOT_SATISFIED", "x"));
        assertEquals(409, third.status(), third::body);

        JsonObject appeal = api.appeal("dispatcher", a.number());
        JsonObject onAnswer = appeal.getJsonObject("answer").getJsonObject("verdict");
        assertEquals("SATISFIED", onAnswer.getString("satisfaction"));
        assertTrue(onAnswer.getBoolean("changed"));
        assertEquals(1, Api.timesInHistory(appeal, "VERDICT_GIVEN"));
        assertEquals(1, Api.timesInHistory(appeal, "VERDICT_CHANGED"));
    }

    @Test
    void anAppealWithoutAnAnswerCannotBeJudged() {
        Api api = api();
        String receiptId = api.post("operator", "intake/phone", """
                {"kind": "APPLICATION", "category": "SOCIAL", "callerNumber": "+996700123987",
                 "summary": "Не назначают пособие", "applicant": {"fullName": "Алиева Динара"}}""")
                .expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed("operator", receiptId);
        Api.Reply early = api.post(null, "public/appeals/" + receipt.getString("registrationNumber") + "/verdict",
                verdict(receipt.getString("accessCode"), "SATISFIED", null));
        assertEquals(409, early.status(), early::body);
    }

    @Test
    void theLinkInTheAnswersMessageOpensAPageThatTakesTheVerdict() {
        Api api = api();
        Answered a = answered(api);
        Api.Reply form = api.get(null, "public/appeals/" + a.number() + "/verdict-form?code=" + a.code()).expect(200);
        assertTrue(form.contentType().startsWith("text/html"), form.contentType());
        String policy = form.header("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("no-referrer", form.header("Referrer-Policy").orElse(""), "its address holds the access code");
        assertTrue(form.header("Cache-Control").orElse("").contains("no-store"));
        assertEquals("nosniff", form.header("X-Content-Type-Options").orElse(""));
        assertTrue(form.body().contains("name=\"verdict\" value=\"NOT_SATISFIED\""), form.body());
        assertTrue(form.body().contains("value=\"" + a.code() + "\""));
        api.get(null, "public/appeals/" + a.number() + "/verdict-form?code=NOTTHEONE").expect(404);

        String posted = "code=" + a.code() + "&verdict=SATISFIED&comment="
                + URLEncoder.encode("Спасибо, <b>всё</b> решили", StandardCharsets.UTF_8);
        Api.Reply thanks = api.postFormAs(null, "public/appeals/" + a.number() + "/verdict", posted).expect(200);
        assertTrue(thanks.contentType().startsWith("text/html"));
        JsonObject verdict = api.appeal("dispatcher", a.number()).getJsonObject("answer").getJsonObject("verdict");
        assertEquals("NOTIFICATION_LINK", verdict.getString("via"));
        assertEquals("Спасибо, <b>всё</b> решили", verdict.getString("comment"), "kept as the citizen wrote it");
    }

    @Test
    void notSatisfiedWithAReasonOpensAReconsiderationAtTheBodyAbove() {
        Api api = api();
        Answered a = answered(api);
        api.post("dispatcher", "appeals/" + a.number() + "/verdict",
                "{\"accessCode\": \"" + a.code() + "\", \"verdict\": \"NOT_SATISFIED\"}").expect(403);
        api.post("operator", "appeals/" + a.number() + "/verdict",
                "{\"accessCode\": \"WRONG123\", \"verdict\": \"NOT_SATISFIED\"}").expect(404);
        JsonObject taken = api.post("operator", "appeals/" + a.number() + "/verdict", "{\"accessCode\": \"" + a.code()
                + "\", \"verdict\": \"NOT_SATISFIED\", \"comment\": \"Пособие так и не пришло\"}").expect(200).json();
        assertEquals("OPERATOR", taken.getString("via"));
        assertTrue(taken.getBoolean("reconsiderationRequested"));

        String reconsideration = awaitLink(api, a.number(), "RECONSIDERED_BY");
        JsonObject r = api.appeal("dispatcher", reconsideration);
        assertEquals("COMPLAINT", r.getString("kind"));
        assertEquals("PHONE", r.getString("channel"), "told to the hotline");
        assertEquals("APPEALS_DEPARTMENT", r.getJsonObject("body").getString("code"), "the body above the Ministry of Labour");
        assertEquals("RECONSIDERATION", r.getString("escalation"));
        assertTrue(r.getString("summary").contains("Пособие так и не пришло"));
        assertEquals("Алиева Динара", r.getJsonObject("applicant").getString("fullName"));
        assertTrue(r.getJsonArray("links").stream().anyMatch(l -> l.asJsonObject().getString("type").equals("RECONSIDERATION_OF")
                && l.asJsonObject().getString("registrationNumber").equals(a.number())));
        assertTrue(api.lists("supervisor", "control/escalated", reconsideration), "on the supervisor's control list");
        JsonObject original = api.appeal("dispatcher", a.number());
        assertEquals(1, Api.timesInHistory(original, "RECONSIDERATION_OPENED"));
        assertEquals("OPERATOR", original.getJsonObject("answer").getJsonObject("verdict").getString("via"));
        assertEquals("operator", original.getJsonObject("answer").getJsonObject("verdict").getString("recordedBy"));

        // Changing the verdict once more opens no second reconsideration.
        api.post("reception", "appeals/" + a.number() + "/verdict", "{\"accessCode\": \"" + a.code()
                + "\", \"verdict\": \"NOT_SATISFIED\", \"comment\": \"Всё ещё нет\"}").expect(200);
        Api.pause(3000);
        assertEquals(1, api.appeal("dispatcher", a.number()).getJsonArray("links").stream()
                .filter(l -> l.asJsonObject().getString("type").equals("RECONSIDERED_BY")).count());
    }

    @Test
    void theWindowClosesThirtyDaysAfterTheAnswer() {
        Api api = api();
        Answered a = answered(api);
        try {
            api.put("admin", "admin/clock", "{\"now\": \"" + OffsetDateTime.now().plusDays(31) + "\"}").expect(200);
            Api.Reply late = api.post(null, "public/appeals/" + a.number() + "/verdict", verdict(a.code(), "SATISFIED", null));
            assertEquals(409, late.status(), late::body);
            assertTrue(late.json().getString("detail").contains("window"), late::body);
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }
        api.post(null, "public/appeals/" + a.number() + "/verdict", verdict(a.code(), "SATISFIED", null)).expect(200);
    }

    /**
     * The security review's finding: the desks' verdict endpoint took any number of wrong codes, a
     * way round the public lookup's limit for anyone with a desk's account. Wrong codes now count
     * against the account. The clock is moved on first, so that the window is the test's own.
     */
    @Test
    void wrongCodesAtADeskAreThrottledPerAccount() {
        Api api = api();
        Answered a = answered(api);
        OffsetDateTime later = OffsetDateTime.now().plusDays(2);
        String path = "appeals/" + a.number() + "/verdict";
        try {
            api.put("admin", "admin/clock", "{\"now\": \"" + later + "\"}").expect(200);
            for (int i = 0; i < 5; i++) {
                api.post("reception", path, "{\"accessCode\": \"WRONG" + i + "AB\", \"verdict\": \"SATISFIED\"}").expect(404);
            }
            Api.Reply refused = api.post("reception", path, "{\"accessCode\": \"" + a.code() + "\", \"verdict\": \"SATISFIED\"}");
            assertEquals(429, refused.status(), refused::body);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 0);
            api.post("operator", path, "{\"accessCode\": \"" + a.code() + "\", \"verdict\": \"PARTLY\"}").expect(200);

            api.put("admin", "admin/clock", "{\"now\": \"" + later.plusMinutes(11) + "\"}").expect(200);
            api.post("reception", path, "{\"accessCode\": \"" + a.code() + "\", \"verdict\": \"SATISFIED\"}").expect(200);
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }
    }

    /** The number of the appeal linked to this one by {@code type}, once registration has linked it. */
    private static String awaitLink(Api api, String number, String type) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            var link = api.appeal("dispatcher", number).getJsonArray("links").stream().map(l -> l.asJsonObject())
                    .filter(l -> l.getString("type").equals(type)).findFirst();
            if (link.isPresent()) {
                return link.get().getString("registrationNumber");
            }
            Api.pause(300);
        }
        throw new AssertionError(number + " has no " + type + " link after a minute");
    }
}
