package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** What people do to a registered appeal, each action by the roles allowed to, through the HTTP API. */
@RunAsClient
class CaseWorkflowIT extends ApplicationIT {

    /** A call about a bank loan (subject ECONOMY), each from another number so that none duplicates another. */
    private static String economyCall() {
        return "{\"kind\":\"APPLICATION\",\"summary\":\"Банк требует досрочно вернуть кредит\",\"callerNumber\":\"+996"
                + (500_000_000 + ThreadLocalRandom.current().nextInt(99_999_999)) + "\",\"language\":\"ru\"}";
    }

    private static String action(String path) {
        return "appeals/" + path;
    }

    @Test
    void anAppealIsRedirectedReassignedExtendedAnsweredAndClosed() {
        Api api = api();
        JsonObject filed = api.fileAndRead("operator", "phone", economyCall());
        String n = filed.getString("registrationNumber");
        assertEquals("MIN_ECONOMY", filed.getJsonObject("body").getString("code"));
        assertTrue(filed.getString("accessCode").matches("[A-Z2-9]{8}"), "a dispatcher sees the access code");

        Api.Reply read = api.get("dispatcher", "appeals/" + n).expect(200);
        String etag = read.header("ETag").orElseThrow();
        JsonObject redirected = api.post("dispatcher", action(n + "/redirections"),
                "{\"toBody\":\"MIN_LABOUR_SOCIAL\",\"reason\":\"Кредит под залог пенсии: вопрос соцфонда\"}", "If-Match", etag)
                .expect(200).json();
        assertEquals("MIN_LABOUR_SOCIAL", redirected.getJsonObject("body").getString("code"));
        JsonObject hop = redirected.getJsonArray("redirections").getJsonObject(0);
        assertEquals(1, hop.getInt("hop"));
        assertEquals("MIN_ECONOMY", hop.getJsonObject("from").getString("code"));
        assertEquals("dispatcher", hop.getString("actor"));
        assertFalse(hop.getBoolean("late"));

        Api.Reply stale = api.post("dispatcher", action(n + "/assignment"), "{\"assignee\":\"officer\"}", "If-Match", etag);
        assertEquals(412, stale.status(), "the ETag read before the redirection is stale");
        assertTrue(stale.json().getString("detail").contains("has changed"), stale.body());

        // The new body's least-loaded official got it; the dispatcher hands it to the demo officer.
        JsonObject assigned = redirected;
        if (!"officer".equals(redirected.getJsonObject("assignee").getString("username"))) {
            assigned = api.post("dispatcher", action(n + "/assignment"), "{\"assignee\":\"officer\"}",
                    "If-Match", api.get("dispatcher", "appeals/" + n).header("ETag").orElseThrow()).expect(200).json();
        }
        assertEquals("officer", assigned.getJsonObject("assignee").getString("username"));

        String dueBefore = assigned.getString("dueAt");
        assertEquals(403, api.post("dispatcher", action(n + "/extensions"), "{\"days\":10,\"reason\":\"r\"}").status(),
                "only a head extends");
        JsonObject extended = api.post("supervisor", action(n + "/extensions"),
                "{\"days\":10,\"reason\":\"Запрошены документы из банка\"}").expect(200).json();
        assertNotEquals(dueBefore, extended.getString("dueAt"));
        assertEquals(10, extended.getJsonObject("extension").getInt("days"));
        Api.Reply twice = api.post("supervisor", action(n + "/extensions"), "{\"days\":5,\"reason\":\"Ещё\"}");
        assertEquals(409, twice.status());
        assertTrue(twice.json().getString("detail").contains("only once"), twice.body());

        assertEquals(403, api.post("supervisor", action(n + "/answer"),
                "{\"text\":\"t\",\"outcome\":\"EXPLAINED\"}").status(), "a supervisor does not answer for the official");
        JsonObject answered = api.post("officer", action(n + "/answer"),
                "{\"text\":\"Банк обязан соблюдать график платежей; направлено предписание.\",\"outcome\":\"SUPPORTED\",\"measuresTaken\":true,\"language\":\"ru\"}")
                .expect(200).json();
        assertEquals("ANSWERED", answered.getString("status"));
        assertEquals("SUPPORTED", answered.getJsonObject("answer").getString("outcome"));
        assertTrue(answered.getJsonObject("answer").getBoolean("measuresTaken"));
        assertFalse(answered.containsKey("accessCode"), "an officer does not see the citizen's access code");

        JsonObject closed = api.post("dispatcher", action(n + "/closure"), "").expect(200).json();
        assertEquals("CLOSED", closed.getString("status"));
        // One or two ASSIGNED after the redirection: to the new body's official, then perhaps to the officer.
        List<String> steps = new ArrayList<>();
        for (String step : Api.historyActions(closed)) {
            if (!(step.equals("ASSIGNED") && "ASSIGNED".equals(steps.isEmpty() ? null : steps.get(steps.size() - 1)))) {
                steps.add(step);
            }
        }
        assertEquals(List.of("RECEIVED", "REGISTERED", "CLASSIFIED", "ROUTED", "ASSIGNED", "REDIRECTED", "ASSIGNED",
                "EXTENDED", "ANSWERED", "CLOSED"), steps);
        JsonObject redirection = closed.getJsonArray("history").getJsonObject(5);
        assertEquals("dispatcher", redirection.getString("actor"));
        assertTrue(redirection.getString("detail").contains("Кредит под залог пенсии"), "the reason is in the history");

        Api.Reply reopened = api.post("supervisor", action(n + "/reopening"), "{\"reason\":\"Гражданин сообщил, что банк не исполнил\"}");
        assertEquals("ASSIGNED", reopened.expect(200).json().getString("status"));
        assertEquals(403, api.post("dispatcher", action(n + "/reopening"), "{\"reason\":\"r\"}").status());
    }

    @Test
    void anActionTheStatusDoesNotAllowIsRefusedWithTheReason() {
        Api api = api();
        String n = api.fileAndRead("operator", "phone", economyCall()).getString("registrationNumber");
        Api.Reply closure = api.post("dispatcher", action(n + "/closure"), "");
        assertEquals(409, closure.status());
        assertTrue(closure.contentType().startsWith("application/problem+json"));
        assertTrue(closure.json().getString("detail").contains("is ASSIGNED: it cannot be closed"), closure.body());

        Api.Reply routing = api.post("dispatcher", action(n + "/routing"), "{\"body\":\"MIN_HEALTH\",\"reason\":\"r\"}");
        assertEquals(409, routing.status(), "routed already: it is redirected, not routed");

        Api.Reply invalid = api.post("supervisor", action(n + "/extensions"), "{\"days\":0}");
        assertEquals(400, invalid.status());
        List<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("days", "reason"), fields);
        Api.Reply tooLong = api.post("supervisor", action(n + "/extensions"), "{\"days\":45,\"reason\":\"r\"}");
        assertEquals(409, tooLong.status());
        assertTrue(tooLong.json().getString("detail").contains("at most 30 days"), tooLong.body());

        Api.Reply unknownBody = api.post("dispatcher", action(n + "/redirections"), "{\"toBody\":\"NO_SUCH\",\"reason\":\"r\"}");
        assertEquals(400, unknownBody.status());
        assertEquals("toBody", unknownBody.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(404, api.post("officer", action(n + "/redirections"), "{\"toBody\":\"MIN_HEALTH\",\"reason\":\"r\"}").status(),
                "not the officer's appeal: it does not exist for them");
        assertEquals(404, api.post("dispatcher", action("2026-999999/closure"), "").status());
        assertEquals(403, api.post("operator", action(n + "/closure"), "").status());
        assertEquals(401, api.post(null, action(n + "/closure"), "").status());
    }

    @Test
    void eachActionIsOpenToItsRolesOnly() {
        Api api = api();
        // A supervisor routes too.
        String other = api.fileAndRead("reception", "reception", "{\"kind\":\"PROPOSAL\",\"summary\":\"Предлагаю "
                + "ночные автобусы\",\"category\":\"OTHER\",\"receptionPoint\":\"BISHKEK_CENTRAL\"}").getString("registrationNumber");
        for (String role : List.of("operator", "reception", "producer", "analyst", "officer", "admin")) {
            assertEquals(403, api.post(role, action(other + "/routing"), "{\"body\":\"MIN_ECONOMY\",\"reason\":\"r\"}").status(), role);
        }
        api.post("supervisor", action(other + "/routing"), "{\"body\":\"MIN_LABOUR_SOCIAL\",\"reason\":\"Социальный транспорт\"}")
                .expect(200);

        // An officer takes no colleague's appeal: to them it does not exist. The body's head hands it on.
        api.post("dispatcher", action(other + "/assignment"), "{\"assignee\":\"mlsd.bekova\"}");
        assertEquals(404, api.post("officer", action(other + "/redirections"), "{\"toBody\":\"MIN_ECONOMY\",\"reason\":\"r\"}")
                .status(), "not assigned to the officer: not visible to them");
        assertEquals(404, api.post("officer", action(other + "/assignment"), "{\"assignee\":\"officer\"}").status(),
                "a colleague's appeal is not theirs to take");
        JsonObject taken = api.post("head", action(other + "/assignment"), "{\"assignee\":\"officer\"}").expect(200).json();
        assertEquals("officer", taken.getJsonObject("assignee").getString("username"));
        assertEquals(400, api.post("officer", action(other + "/assignment"), "{\"assignee\":\"nobody.here\"}").status());

        // The assigned officer redirects it; then it is no longer theirs to touch.
        api.post("officer", action(other + "/redirections"), "{\"toBody\":\"MIN_ECONOMY\",\"reason\":\"Транспорт: Минэкономики\"}")
                .expect(200);
        assertEquals(404, api.post("officer", action(other + "/assignment"), "{\"assignee\":\"officer\"}").status(),
                "another body's appeal");

        // A supervisor closes too; an administrator reads but does not act.
        String n = api.fileAndRead("operator", "phone", economyCall()).getString("registrationNumber");
        api.post("dispatcher", action(n + "/redirections"), "{\"toBody\":\"MIN_LABOUR_SOCIAL\",\"reason\":\"r\"}").expect(200);
        api.post("dispatcher", action(n + "/assignment"), "{\"assignee\":\"officer\"}");
        api.post("officer", action(n + "/answer"), "{\"text\":\"Разъяснено\",\"outcome\":\"EXPLAINED\"}").expect(200);
        assertEquals(403, api.post("admin", action(n + "/closure"), "").status());
        assertEquals("CLOSED", api.post("supervisor", action(n + "/closure"), "").expect(200).json().getString("status"));
        api.get("admin", "appeals/" + n).expect(200);
    }

    @Test
    void anAppealWaitingForADispatcherIsRoutedOnce() {
        Api api = api();
        JsonObject waiting = api.fileAndRead("reception", "reception",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"Предлагаю открыть библиотеку в селе\",\"category\":\"OTHER\","
                        + "\"receptionPoint\":\"NARYN\"}");
        String n = waiting.getString("registrationNumber");
        assertEquals("REGISTERED", waiting.getString("status"));
        assertFalse(waiting.containsKey("body"));
        assertEquals(403, api.post("officer", action(n + "/routing"), "{\"body\":\"MIN_EDUCATION\",\"reason\":\"r\"}").status());
        JsonObject routed = api.post("dispatcher", action(n + "/routing"),
                "{\"body\":\"MIN_EDUCATION\",\"reason\":\"Библиотеки: Минобразования\"}").expect(200).json();
        assertEquals("ASSIGNED", routed.getString("status"));
        assertEquals("MIN_EDUCATION", routed.getJsonObject("body").getString("code"));
        assertTrue(routed.containsKey("forwardBy"), "the forwarding term runs from the routing");
        assertEquals(409, api.post("dispatcher", action(n + "/routing"), "{\"body\":\"MIN_HEALTH\",\"reason\":\"r\"}").status());
    }

    @Test
    void aComplaintIsNeverRedirectedToTheBodyItIsAbout() {
        Api api = api();
        String n = api.fileAndRead("operator", "phone",
                "{\"kind\":\"COMPLAINT\",\"summary\":\"Врач поликлиники отказал в приёме, пенсия по инвалидности не оформлена\","
                        + "\"category\":\"SOCIAL\",\"respondent\":\"MIN_HEALTH\",\"callerNumber\":\"+996700300400\"}")
                .getString("registrationNumber");
        Api.Reply refused = api.post("dispatcher", action(n + "/redirections"), "{\"toBody\":\"MIN_HEALTH\",\"reason\":\"r\"}");
        assertEquals(409, refused.status());
        assertTrue(refused.json().getString("detail").contains("never sent to the body it complains about"), refused.body());
        assertEquals("MIN_LABOUR_SOCIAL", api.appeal("dispatcher", n)
                .getJsonObject("body").getString("code"), "nothing changed");
    }

    @Test
    void anAppealRedirectedPastTheLimitIsEscalatedAndStaysUnderControl() {
        Api api = api();
        String n = api.fileAndRead("operator", "phone", economyCall()).getString("registrationNumber");
        for (String body : List.of("MIN_LABOUR_SOCIAL", "BISHKEK_CITY_HALL", "MIN_ECONOMY")) {
            api.post("dispatcher", action(n + "/redirections"), "{\"toBody\":\"" + body + "\",\"reason\":\"Не наш вопрос\"}")
                    .expect(200);
        }
        JsonObject appeal = api.appeal("supervisor", n);
        assertEquals("REDIRECTION_LIMIT", appeal.getString("escalation"));
        assertEquals(3, appeal.getJsonArray("redirections").size());
        assertTrue(Api.historyActions(appeal).contains("ESCALATED"));

        assertTrue(api.lists("supervisor", "control/escalated?body=MIN_ECONOMY", n), "in front of supervisors");
        assertTrue(api.lists("supervisor", "control/redirected?body=MIN_ECONOMY", n), "the registering office keeps control");
        assertEquals(403, api.get("officer", "control/redirected").status());
    }

    @Test
    void anOralAnswerIsOnlyForAReceptionVisitorWhoAgreed() {
        Api api = api();
        String n = api.fileAndRead("reception", "reception",
                "{\"kind\":\"APPLICATION\",\"summary\":\"Не начислена пенсия\",\"receptionPoint\":\"BISHKEK_CENTRAL\","
                        + "\"applicant\":{\"fullName\":\"Токтогулов Азамат\"}}").getString("registrationNumber");
        api.post("dispatcher", action(n + "/assignment"), "{\"assignee\":\"officer\"}");
        String oral = "{\"text\":\"Разъяснено на приёме\",\"outcome\":\"EXPLAINED\",\"oral\":true";
        Api.Reply noConsent = api.post("officer", action(n + "/answer"), oral + "}");
        assertEquals(409, noConsent.status());
        assertTrue(noConsent.json().getString("detail").contains("consent"), noConsent.body());
        JsonObject answered = api.post("officer", action(n + "/answer"), oral + ",\"citizenConsent\":true}").expect(200).json();
        assertTrue(answered.getJsonObject("answer").getBoolean("citizenConsent"));
        assertTrue(answered.getJsonObject("answer").getBoolean("oral"));

        String byPhone = api.fileAndRead("operator", "phone", "{\"kind\":\"APPLICATION\",\"summary\":\"Не начислена пенсия\","
                + "\"callerNumber\":\"+996700" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "\"}").getString("registrationNumber");
        api.post("dispatcher", action(byPhone + "/assignment"), "{\"assignee\":\"officer\"}");
        assertEquals(409, api.post("officer", action(byPhone + "/answer"), oral + ",\"citizenConsent\":true}").status());
    }

    @Test
    void concurrentChangesNeverLoseAnUpdate() throws Exception {
        Api api = api();
        String n = api.fileAndRead("operator", "phone", economyCall()).getString("registrationNumber");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int days = 1; days <= 6; days++) {
                String body = "{\"days\":" + days + ",\"reason\":\"Попытка " + days + "\"}";
                replies.add(pool.submit(() -> api.post("supervisor", action(n + "/extensions"), body)));
            }
            int won = 0;
            int winnerDays = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                if (r.status() == 200) {
                    won++;
                    winnerDays = r.json().getJsonObject("extension").getInt("days");
                } else {
                    assertEquals(409, r.status(), r.body());
                }
            }
            assertEquals(1, won, "one extension, however many heads click at once");
            JsonObject appeal = api.appeal("supervisor", n);
            assertEquals(winnerDays, appeal.getJsonObject("extension").getInt("days"), "the stored one is the one answered 200");
            assertEquals(1, Api.timesInHistory(appeal, "EXTENDED"));
        } finally {
            pool.shutdownNow();
        }
    }
}
