package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** Who may call what: 401 without an account, 403 with the wrong role, 404 for what is not yours to see. */
@RunAsClient
class SecurityIT extends ApplicationIT {

    private static final List<String> ACCOUNTS =
            List.of("operator", "reception", "producer", "clerk", "dispatcher", "officer", "supervisor", "analyst", "admin");

    private static final String PHONE = "{\"kind\":\"PROPOSAL\",\"summary\":\"s\",\"callerNumber\":\"12345\"}";
    private static final String RECEPTION = "{\"kind\":\"PROPOSAL\",\"summary\":\"s\",\"receptionPoint\":\"NARYN\"}";
    private static final String RADIO = "{\"broadcast\":{\"programme\":\"P\",\"airDate\":\"2026-11-20\"},"
            + "\"appeals\":[{\"kind\":\"PROPOSAL\",\"summary\":\"s\"}]}";
    private static final String WRITTEN = "{\"kind\":\"PROPOSAL\",\"summary\":\"s\",\"receivedVia\":\"HAND\"}";

    @Test
    void withoutCredentialsEveryEndpointButHealthAnswers401() {
        Api api = api();
        for (String path : List.of("reference/categories", "appeals", "appeals/2026-000001", "admin/dead-letters",
                "intake/receipts/00000000-0000-0000-0000-000000000000")) {
            Api.Reply reply = api.get(null, path);
            assertEquals(401, reply.status(), path);
            assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"), path);
        }
        assertEquals(401, api.post(null, "intake/phone", PHONE).status());
        assertEquals(200, api.get(null, "health/ready").status());
        assertEquals(200, api.get(null, "health/live").status());
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        String token = Base64.getEncoder().encodeToString("operator:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Deployments.applicationUrl() + "api/v1/reference/categories"))
                        .header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
    }

    @Test
    void eachIntakeChannelBelongsToItsRole() {
        Api api = api();
        Map<String, String> bodies = Map.of("phone", PHONE, "reception", RECEPTION, "radio", RADIO, "written", WRITTEN);
        Map<String, String> owner = Map.of("phone", "operator", "reception", "reception", "radio", "producer",
                "written", "clerk");
        for (String channel : bodies.keySet()) {
            for (String account : ACCOUNTS) {
                Api.Reply reply = api.post(account, "intake/" + channel, bodies.get(channel));
                int expected = account.equals(owner.get(channel)) ? 202 : 403;
                assertEquals(expected, reply.status(), account + " on " + channel + ": " + reply.body());
                if (expected == 403) {
                    assertEquals("application/problem+json", reply.contentType());
                }
            }
        }
    }

    @Test
    void readingRolesAreEnforced() {
        Api api = api();
        for (String account : ACCOUNTS) {
            assertEquals(200, api.get(account, "reference/regions").status(), account + " reads reference data");
            int list = List.of("dispatcher", "supervisor", "admin").contains(account) ? 200 : 403;
            assertEquals(list, api.get(account, "appeals").status(), account + " lists appeals");
            int deadLetters = account.equals("admin") ? 200 : 403;
            assertEquals(deadLetters, api.get(account, "admin/dead-letters").status(), account + " reads dead letters");
            int appeal = List.of("dispatcher", "supervisor", "admin", "officer").contains(account) ? 404 : 403;
            assertEquals(appeal, api.get(account, "appeals/1999-000001").status(), account + " reads an appeal");
        }
    }

    @Test
    void aReceiptIsReadByTheAccountThatFiledItAndByThoseWhoControlIntake() {
        Api api = api();
        String receiptId = api.post("operator", "intake/phone", PHONE).expect(202).json().getString("receiptId");
        for (String account : ACCOUNTS) {
            int expected = switch (account) {
                case "operator", "dispatcher", "supervisor", "admin" -> 200;
                case "reception", "producer", "clerk" -> 404; // an intake role, but not theirs
                default -> 403;
            };
            assertEquals(expected, api.get(account, "intake/receipts/" + receiptId).status(), account);
        }
    }

    @Test
    void anOfficerReadsTheAppealsAssignedToThemAndNoOthers() {
        Api api = api();
        // The Ministry of Labour has two officials, 'officer' among them; assignment alternates between them.
        String mine = null;
        String theirs = null;
        for (int i = 0; i < 6 && (mine == null || theirs == null); i++) {
            JsonObject appeal = api.fileAndRead("operator", "phone",
                    "{\"kind\":\"APPLICATION\",\"summary\":\"Не назначают пенсию по возрасту\",\"callerNumber\":\"12345\"}");
            String assignee = appeal.getJsonObject("assignee").getString("username");
            if (assignee.equals("officer")) {
                mine = appeal.getString("registrationNumber");
            } else {
                theirs = appeal.getString("registrationNumber");
            }
        }
        assertTrue(mine != null && theirs != null, "both officials of the body got appeals");
        JsonObject read = api.appeal("officer", mine);
        assertEquals("officer", read.getJsonObject("assignee").getString("username"));
        Api.Reply hidden = api.get("officer", "appeals/" + theirs);
        assertEquals(404, hidden.status(), "another official's appeal does not exist for this officer");
        assertEquals("application/problem+json", hidden.contentType());
    }
}
