package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem detail naming the field, and nothing of it reaches the queue. */
@RunAsClient
class BadInputIT extends ApplicationIT {

    private static Map<String, String> errors(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::body);
        assertEquals("application/problem+json", reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        return problem.getJsonArray("errors").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, String> errors = errors(api().post("operator", "intake/phone", """
                {"kind": "GRIEVANCE", "summary": "   ", "language": "Kyrgyz", "category": "NOPE", "region": "ATLANTIS",
                 "respondent": "MINISTRY_OF_MAGIC", "signatories": 0, "receivedAt": "yesterday",
                 "callerNumber": "call me", "applicant": {"email": "not-an-email", "nationalId": "!"}}
                """));
        assertEquals(Set.of("kind", "summary", "language", "category", "region", "respondent", "signatories",
                "receivedAt", "callerNumber", "applicant.email", "applicant.nationalId"), errors.keySet());
        assertTrue(errors.get("category").contains("NOPE"));
        assertTrue(errors.get("kind").contains("PROPOSAL"));
    }

    @Test
    void theSummaryIsRequiredAndAtMostTwentyThousandCharacters() {
        Api api = api();
        assertTrue(errors(api.post("operator", "intake/phone", "{\"kind\":\"PROPOSAL\",\"callerNumber\":\"12345\"}"))
                .containsKey("summary"));
        String tooLong = "ж".repeat(20_001);
        assertTrue(errors(api.post("operator", "intake/phone",
                "{\"kind\":\"PROPOSAL\",\"callerNumber\":\"12345\",\"summary\":\"" + tooLong + "\"}")).containsKey("summary"));
        api.post("operator", "intake/phone",
                "{\"kind\":\"PROPOSAL\",\"callerNumber\":\"12345\",\"summary\":\"" + "ж".repeat(20_000) + "\"}").expect(202);
    }

    @Test
    void aReceiptTimeInTheFutureIsRefusedAndOneInThePastKept() {
        Api api = api();
        assertTrue(errors(api.post("operator", "intake/phone",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"s\",\"callerNumber\":\"12345\",\"receivedAt\":\"2099-01-01T10:00:00+06:00\"}"))
                .get("receivedAt").contains("future"));
        JsonObject appeal = api.fileAndRead("operator", "phone",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"Звонок принят вчера, внесён сегодня\",\"callerNumber\":\"12345\","
                        + "\"receivedAt\":\"2026-01-15T09:30:00+06:00\"}");
        assertEquals("2026-01-15T09:30:00+06:00", appeal.getString("receivedAt"));
    }

    @Test
    void malformedJsonIs400WithoutInternals() {
        Api api = api();
        for (String body : List.of("{\"kind\": ", "[1, 2]", "not json at all", "{\"kind\":\"PROPOSAL\",\"signatories\":\"many\"}")) {
            Api.Reply reply = api.post("operator", "intake/phone", body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals("application/problem+json", reply.contentType());
            String detail = reply.json().getString("detail");
            assertFalse(detail.matches("(?s).*(Exception|\\bat [a-z]+\\.|org\\.|java\\.|yasson|SQL).*"), detail);
        }
        assertTrue(errors(api.post("operator", "intake/phone", "{\"kind\":\"PROPOSAL\",\"signatories\":\"many\"}"))
                .containsKey("signatories"));
    }

    @Test
    void anEmptyBodyIs400() {
        Api.Reply reply = api().post("operator", "intake/phone", "");
        assertEquals(400, reply.status(), reply::body);
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String big = "{\"kind\":\"PROPOSAL\",\"callerNumber\":\"12345\",\"summary\":\"" + "a".repeat(1024 * 1024) + "\"}";
        Api.Reply reply = api().post("operator", "intake/phone", big);
        assertEquals(413, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void listFiltersAreChecked() {
        Map<String, String> errors = errors(api().get("dispatcher",
                "appeals?channel=FAX&status=LOST&from=yesterday&page=-1&size=1000"));
        assertEquals(Set.of("channel", "status", "from", "page", "size"), errors.keySet());
    }

    /**
     * The last hostile-input gaps of the API contract's review: a page JAX-RS cannot convert was a
     * 404, as if the list did not exist; a period that ends before it starts was an empty 200.
     */
    @Test
    void aPageOrPeriodOutOfRangeIsABadRequestNamingTheField() {
        Api api = api();
        assertEquals(Set.of("page"), errors(api.get("dispatcher", "appeals?page=100000000000000000000")).keySet());
        assertEquals(Set.of("page", "size"), errors(api.get("dispatcher", "appeals?page=1.5&size=many")).keySet());
        assertEquals(Set.of("page"), errors(api.get("dispatcher", "appeals?page=2147483647&size=200")).keySet(),
                "a page whose first row would be past any row number");
        assertEquals(Set.of("size"), errors(api.get("admin", "admin/erasures?size=99999999999")).keySet(), "on every list");
        assertEquals(Set.of("to"), errors(api.get("dispatcher", "appeals?from=2026-12-01&to=2026-11-01")).keySet());
        api.get("dispatcher", "appeals?from=2026-11-01&to=2026-11-01&page=0&size=1").expect(200);
    }
}
