package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The consoles' sign-in, as a browser uses it: a session cookie the scripts cannot read, a sign-out
 * that ends the session on the server, wrong passwords throttled per address, and no Basic
 * challenge for the console's own requests (which would open the browser's password dialog).
 */
@RunAsClient
class SessionIT extends ApplicationIT {

    private final URI session = URI.create(Deployments.applicationUrl() + "api/v1/session");

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(browser, request, null);
    }

    /** As a console sends it; {@code json} is the body the request carries, for the contract's check. */
    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request, String json)
            throws IOException, InterruptedException {
        HttpRequest sent = request.header("X-Requested-With", "XMLHttpRequest").build();
        HttpResponse<String> response = browser.send(sent, HttpResponse.BodyHandlers.ofString());
        Contract.check(sent, json, response, response.body());
        return response;
    }

    private HttpResponse<String> signIn(HttpClient browser, String user, String password) throws IOException, InterruptedException {
        String json = "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}";
        return send(browser, HttpRequest.newBuilder(session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), json);
    }

    @Test
    void aSignedInSessionCarriesTheAccountUntilSignedOut() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = signIn(browser, "reception", Api.PASSWORD);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.body().contains("\"username\":\"reception\"") && signedIn.body().contains("RECEPTION"), signedIn.body());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        assertEquals(200, send(browser, HttpRequest.newBuilder(session)).statusCode());
        HttpResponse<String> receiptsList = send(browser, HttpRequest.newBuilder(URI.create(Deployments.applicationUrl()
                + "api/v1/reference/reception-points")));
        assertEquals(200, receiptsList.statusCode(), "the session signs in the API's other calls");

        assertEquals(204, send(browser, HttpRequest.newBuilder(session).DELETE()).statusCode());
        HttpResponse<String> after = send(browser, HttpRequest.newBuilder(session));
        assertEquals(401, after.statusCode(), "the session ended on the server");
        assertFalse(after.headers().firstValue("WWW-Authenticate").isPresent(),
                "no Basic challenge for the console: the browser's own dialog would open");
        HttpResponse<String> anyOther = HttpClient.newHttpClient().send(HttpRequest.newBuilder(session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(anyOther.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "other clients are challenged as before");
    }

    /**
     * Five wrong passwords from one address in ten minutes, and the sixth attempt waits; right ones
     * never count. The server's clock is moved a day on, so that the address starts clean whatever
     * earlier tests did, and then past the window.
     */
    @Test
    void wrongPasswordsAreThrottledPerAddressAndRightOnesNeverCount() throws Exception {
        Api api = api();
        OffsetDateTime tomorrow = OffsetDateTime.now().plusDays(1);
        HttpClient browser = HttpClient.newHttpClient();
        try {
            api.put("admin", "admin/clock", "{\"now\": \"" + tomorrow + "\"}").expect(200);
            for (int i = 0; i < 8; i++) {
                assertEquals(200, signIn(browser, "operator", Api.PASSWORD).statusCode(), "right password " + (i + 1));
            }
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = signIn(browser, "operator", "guess-" + i);
                assertEquals(401, wrong.statusCode());
                assertTrue(wrong.body().contains("user name or the password is wrong"), wrong.body());
            }
            HttpResponse<String> throttled = signIn(browser, "operator", Api.PASSWORD);
            assertEquals(429, throttled.statusCode(), "even the right password, for now");
            long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= 600, "Retry-After " + retryAfter);

            api.put("admin", "admin/clock", "{\"now\": \"" + tomorrow.plusMinutes(11) + "\"}").expect(200);
            assertEquals(200, signIn(browser, "operator", Api.PASSWORD).statusCode(), "past the window");
        } finally {
            api.delete("admin", "admin/clock").expect(200);
        }
    }

    @Test
    void aSignInNamesWhatIsMissing() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        for (var missing : List.of(List.of("{\"password\": \"demo\"}", "username"), List.of("{\"username\": \"operator\"}", "password"))) {
            HttpResponse<String> refused = send(browser, HttpRequest.newBuilder(session).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(missing.get(0))), missing.get(0));
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("\"field\":\"" + missing.get(1) + "\""), refused.body());
        }
    }
}
