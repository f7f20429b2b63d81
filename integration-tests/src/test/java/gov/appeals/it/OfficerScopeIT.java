package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void anOfficialsWorklistHoldsTheirScopeOpenTheNearestDueDateFirst() {
        Api api = api();
        String own = api.fileAndRead("operator", "phone", SOCIAL_CALL).getString("registrationNumber");
        api.assign(own, "officer");
        String colleagues = colleaguesAppeal(api);

        List<JsonObject> officers = worklist(api, "officer");
        assertTrue(numbers(officers).contains(own), "their own");
        assertTrue(!numbers(officers).contains(colleagues), "not a colleague's");
        List<JsonObject> heads = worklist(api, "head");
        assertTrue(numbers(heads).containsAll(List.of(own, colleagues)), "the head: the body's");
        for (List<JsonObject> list : List.of(officers, heads)) {
            List<String> due = list.stream().map(i -> i.getJsonObject("appeal").getString("dueAt", "")).toList();
            for (int i = 1; i < due.size(); i++) {
                assertTrue(OffsetDateTime.parse(due.get(i - 1)).compareTo(OffsetDateTime.parse(due.get(i))) <= 0,
                        "the nearest due date first: " + due);
            }
            assertTrue(list.stream().allMatch(i -> List.of("ASSIGNED", "REGISTERED")
                    .contains(i.getJsonObject("appeal").getString("status"))), "open ones only");
        }
        JsonObject item = officers.stream().filter(i -> i.getJsonObject("appeal").getString("registrationNumber").equals(own))
                .findFirst().orElseThrow();
        assertTrue(item.getInt("workingDaysLeft") > 0, "a fresh appeal has its term ahead: " + item);
        assertTrue(!item.getJsonObject("appeal").containsKey("summary"), "no text in a list");

        api.post("officer", "appeals/" + own + "/answer", "{\"text\": \"Пенсия пересчитана.\", \"outcome\": \"EXPLAINED\"}")
                .expect(200);
        assertTrue(!numbers(worklist(api, "officer")).contains(own), "answered, it leaves the worklist");
        assertEquals(403, api.get("dispatcher", "appeals/mine").status(), "a dispatcher has the list and the queue");
        assertEquals(400, api.get("officer", "appeals/mine?size=0").status());
    }

    /** The whole worklist of {@code official}, page by page. */
    private static List<JsonObject> worklist(Api api, String official) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonObject p = api.get(official, "appeals/mine?size=200&page=" + page).expect(200).json();
            p.getJsonArray("items").forEach(i -> all.add(i.asJsonObject()));
            if (all.size() >= p.getInt("total")) {
                break;
            }
        }
        return all;
    }

    private static List<String> numbers(List<JsonObject> items) {
        return items.stream().map(i -> i.getJsonObject("appeal").getString("registrationNumber")).toList();
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

    /** A valid request for each action an officer may take, so that only the scope can refuse it. */
    private static final Map<String, String> OFFICER_ACTIONS = Map.of(
            "assignment", "{\"assignee\": \"officer\"}",
            "answer", "{\"text\": \"Перерасчёт произведён.\", \"outcome\": \"EXPLAINED\"}",
            "redirections", "{\"toBody\": \"MIN_HEALTH\", \"reason\": \"Вопрос здравоохранения\"}");

    /**
     * The security review's finding: an officer of the same body took a colleague's appeal by
     * reassigning it to themselves, and the answer showed the whole appeal. Every endpoint the role
     * matrix opens to officers on one appeal is walked with a valid request on a colleague's letter
     * (with a scanned page, so that the file's own address is real): each answers 404, as for an
     * appeal that does not exist, names nothing of the applicant, and changes nothing.
     */
    @Test
    void everyActionOnAColleaguesAppealIsNotFoundAndRevealsNothing() throws Exception {
        Api api = api();
        String receiptId = api.postMultipart("clerk", "intake/written", List.of(Api.Part.json("appeal", """
                {"kind": "APPLICATION", "category": "SOCIAL", "summary": "Прошу пересчитать пенсию по инвалидности",
                 "receivedVia": "POST", "applicant": {"fullName": "Касымалиева Бурул", "phone": "+996700555668",
                 "nationalId": "21505199000777", "address": "Ош, ул. Ленина, 5"}}"""),
                Api.Part.file("attachment", "справка.pdf", "application/pdf", WrittenIntakeIT.PDF))).expect(202).json().getString("receiptId");
        String n = api.awaitProcessed("clerk", receiptId).getString("registrationNumber");
        api.assign(n, COLLEAGUE);
        long file = api.get("dispatcher", "appeals/" + n + "/attachments").expect(200).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        int historyBefore = api.appeal("dispatcher", n).getJsonArray("history").size();

        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (RoleMatrixIT.Row row : RoleMatrixIT.allowing("OFFICER")) {
            if (!row.path().startsWith("/appeals/{registrationNumber}")) {
                continue;
            }
            walked++;
            String path = row.path().substring(1).replace("{registrationNumber}", n).replace("{id}", Long.toString(file));
            Api.Reply reply;
            if (row.method().equals("GET")) {
                reply = api.get("officer", path);
            } else {
                String action = path.substring(path.lastIndexOf('/') + 1);
                String request = OFFICER_ACTIONS.get(action);
                if (request == null) {
                    fail("An officer's action this test has no valid request for: " + row.method() + " " + row.path());
                }
                reply = api.post("officer", path, request);
            }
            String said = reply.body();
            if (reply.status() != 404 || said.contains("Касымалиева") || said.contains("555668") || said.contains("21505199000777")
                    || said.contains("пенсию") || said.contains("Ленина") || said.contains(COLLEAGUE)) {
                wrong.add(row.method() + " " + row.path() + ": " + reply.status() + " " + said);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(walked >= 6, "the officer's actions on one appeal: " + walked);

        JsonObject after = api.appeal("dispatcher", n);
        assertEquals(COLLEAGUE, after.getJsonObject("assignee").getString("username"), "still the colleague's");
        assertEquals(historyBefore, after.getJsonArray("history").size(), "nothing happened to it");
    }

    @Test
    void anOfficerHandsTheirOwnAppealToAColleagueAndTheHeadAnyOfTheBody() {
        Api api = api();
        String n = api.fileAndRead("operator", "phone", SOCIAL_CALL).getString("registrationNumber");
        api.assign(n, "officer");
        JsonObject handed = api.post("officer", "appeals/" + n + "/assignment", "{\"assignee\": \"" + COLLEAGUE + "\"}")
                .expect(200).json();
        assertEquals(COLLEAGUE, handed.getJsonObject("assignee").getString("username"));
        assertEquals(404, api.get("officer", "appeals/" + n).status(), "handed over, no longer theirs");
        assertEquals(404, api.post("officer", "appeals/" + n + "/assignment", "{\"assignee\": \"officer\"}").status(),
                "nor can they take it back");
        assertEquals("officer", api.post("head", "appeals/" + n + "/assignment", "{\"assignee\": \"officer\"}")
                .expect(200).json().getJsonObject("assignee").getString("username"), "the head hands it on");
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
