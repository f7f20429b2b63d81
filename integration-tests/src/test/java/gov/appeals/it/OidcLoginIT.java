package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Production login: the built server switched to an OpenID Connect provider by its CLI script
 * alone (use-oidc.cli, with the provider from the environment), against a real Keycloak whose
 * realm is in src/test/keycloak. Its officials are the provider's users; the demo accounts are gone.
 */
@RunAsClient
class OidcLoginIT extends ApplicationIT {

    private static final String OPERATOR = "hotline.sydykova";
    private static final String DISPATCHER = "appeals.tokonov";
    /** An official of the Ministry of Labour (MIN_LABOUR_SOCIAL) in the reference data, OFFICER at the provider. */
    private static final String OFFICER = "mlsd.bekova";
    /** A user of the provider with none of the API's roles. */
    private static final String WITHOUT_ROLE = "visitor.abdykadyrov";

    private static final String SOCIAL_CALL = """
            {"kind": "APPLICATION", "category": "SOCIAL", "summary": "Прошу назначить пособие по уходу за ребёнком",
             "callerNumber": "+996700333444", "applicant": {"fullName": "Жээнбекова Асель"}}""";

    private final IdentityProvider provider = new IdentityProvider();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** The API with each user's token from the provider, as the desk application would send it. */
    private Api withTokens() {
        return new Api(Deployments.applicationUrl(),
                user -> "Bearer " + tokens.computeIfAbsent(user, u -> provider.token(u, IdentityProvider.DESK)));
    }

    private Api bearer() {
        return new Api(Deployments.applicationUrl(), token -> "Bearer " + token);
    }

    @Test
    void theOfficialNamedInTheTokenIsTheOneInTheHistory() {
        Api api = withTokens();
        String receiptId = api.post(OPERATOR, "intake/phone", SOCIAL_CALL).expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed(OPERATOR, receiptId);
        assertEquals("REGISTERED", receipt.getString("status"), receipt::toString);
        String n = receipt.getString("registrationNumber");

        JsonObject appeal = api.appeal(DISPATCHER, n);
        if (appeal.isNull("assignee") || !appeal.getJsonObject("assignee").getString("username").equals(OFFICER)) {
            api.post(DISPATCHER, "appeals/" + n + "/assignment", "{\"assignee\": " + Api.quote(OFFICER) + "}").expect(200);
        }
        JsonObject answered = api.post(OFFICER, "appeals/" + n + "/answer",
                "{\"text\": \"Пособие назначено с 1 числа следующего месяца.\", \"outcome\": \"SUPPORTED\", \"measuresTaken\": true}").expect(200).json();
        assertEquals("ANSWERED", answered.getString("status"));

        List<JsonObject> history = answered.getJsonArray("history").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(OFFICER, history.stream().filter(h -> h.getString("action").equals("ANSWERED")).findFirst()
                .orElseThrow().getString("actor"), history::toString);
        assertTrue(history.stream().anyMatch(h -> OPERATOR.equals(h.getString("actor", null))), "the operator took it down: " + history);
    }

    @Test
    void theDemoAccountsAreOffInProductionMode() {
        Api demo = new Api(Deployments.applicationUrl());
        for (String account : List.of("operator", "dispatcher", "admin")) {
            assertEquals(401, demo.get(account, "reference/subjects").status(), account);
        }
        assertEquals(401, withTokens().get(null, "reference/subjects").status(), "no token");
        assertEquals(200, withTokens().get(null, "health/ready").status(), "the health checks need no login");
        assertEquals(403, withTokens().withHeaders("OPTIONS", "intake/phone", "Origin", "https://desk.example.gov",
                "Access-Control-Request-Method", "POST").status(), "no cross-origin calls unless configured");
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        Api api = withTokens();
        assertEquals(403, api.post(WITHOUT_ROLE, "intake/phone", SOCIAL_CALL).status());
        assertEquals(403, api.post(OFFICER, "intake/phone", SOCIAL_CALL).status(), "an officer does not take calls");
        assertEquals(403, api.get(OPERATOR, "admin/access-log/verification").status());
    }

    @Test
    void expiredForgedForeignAndMisaddressedTokensAreRefused() {
        Api api = bearer();
        JsonObject valid = provider.claims(OPERATOR, "OPERATOR");
        // The control: the test's own token, with nothing wrong in it, is taken; so each refusal below is for what was changed.
        assertEquals(202, api.post(provider.signedByTheRealm(valid), "intake/phone", SOCIAL_CALL).status());

        long now = System.currentTimeMillis() / 1000;
        Map<String, String> wrong = Map.of(
                "expired an hour ago", provider.signedByTheRealm(with(valid, "exp", Json.createValue(now - 3600))),
                "signed by another key", provider.signedByAStranger(valid),
                "issued by another provider", provider.signedByTheRealm(with(valid, "iss",
                        Json.createValue("http://127.0.0.1:1/realms/appeals"))),
                "addressed to another application", provider.signedByTheRealm(with(valid, "aud",
                        Json.createArrayBuilder().add("library").build())),
                "a real token of another application", provider.token(OPERATOR, IdentityProvider.OTHER_DESK),
                "its claims changed after signing", tampered(provider.signedByTheRealm(valid)));
        wrong.forEach((what, token) -> {
            Api.Reply reply = api.post(token, "intake/phone", SOCIAL_CALL);
            assertEquals(401, reply.status(), what + ": " + reply.body());
            assertEquals("application/problem+json", reply.contentType(), what);
        });
    }

    private static JsonObject with(JsonObject claims, String name, JsonValue value) {
        return Json.createObjectBuilder(claims).add(name, value).build();
    }

    /** The token with its claims swapped for an ADMIN's, its signature kept. */
    private String tampered(String token) {
        String[] parts = token.split("\\.");
        String claims = with(provider.claims(OPERATOR, "ADMIN"), "sub", Json.createValue("test-" + OPERATOR)).toString();
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
