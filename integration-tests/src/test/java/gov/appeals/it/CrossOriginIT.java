package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Browser applications on other origins: this test server allows https://desk.example.gov
 * (appeals.cors.origins, arquillian.xml) and no other; OidcLoginIT's server, not configured, none.
 */
@RunAsClient
class CrossOriginIT extends ApplicationIT {

    private static final String DESK = "https://desk.example.gov";

    @Test
    void aListedOriginsPreflightIsAnsweredWithoutAnAccount() {
        Api.Reply preflight = api().withHeaders("OPTIONS", "intake/phone", "Origin", DESK,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");
        assertEquals(204, preflight.status(), preflight.body());
        assertEquals(DESK, preflight.header("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.header("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.header("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        assertTrue(preflight.header("Access-Control-Allow-Credentials").isEmpty(), "no cookies, no credentials");
    }

    @Test
    void anyOtherOriginIsRefusedAndItsScriptsCannotReadTheAnswers() {
        Api api = api();
        Api.Reply preflight = api.withHeaders("OPTIONS", "intake/phone", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertEquals(403, preflight.status());
        assertEquals("application/problem+json", preflight.contentType());
        assertTrue(preflight.header("Access-Control-Allow-Origin").isEmpty());

        Api.Reply read = api.get("operator", "reference/categories", "Origin", "https://evil.example").expect(200);
        assertTrue(read.header("Access-Control-Allow-Origin").isEmpty(), "the browser keeps the answer from the script");
        Api.Reply listed = api.get("operator", "reference/categories", "Origin", DESK).expect(200);
        assertEquals(DESK, listed.header("Access-Control-Allow-Origin").orElse(null));
        assertTrue(listed.header("Access-Control-Expose-Headers").orElse("").contains("ETag"));
    }

    @Test
    void anOptionsThatIsNoPreflightIsRefused() {
        assertEquals(405, api().withHeaders("OPTIONS", "intake/phone").status());
    }
}
