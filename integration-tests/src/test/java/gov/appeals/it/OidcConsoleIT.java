package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The console with the production login, in a real browser against the real Keycloak: the office's
 * own login page (authorization code with PKCE), tokens held by the page alone, a reload that comes
 * back through the provider's session with the draft intact, and a sign-out that ends the
 * provider's session.
 */
@RunAsClient
class OidcConsoleIT extends BrowserIT {

    private static final String OPERATOR = "hotline.sydykova";
    private static final String DISPATCHER = "appeals.tokonov";

    private final IdentityProvider provider = new IdentityProvider();

    private Api withToken() {
        return withToken(OPERATOR);
    }

    private Api withToken(String user) {
        String token = provider.token(user, IdentityProvider.DESK);
        return new Api(Deployments.applicationUrl(), who -> "Bearer " + token);
    }

    /** The provider's own login page, which the console sent the browser to. */
    private void signInAtTheProvider() {
        browser.awaitVisible("#kc-login");
        browser.screenshot("oidc-sign-in");
        assertTrue(browser.driver.getCurrentUrl().startsWith(provider.issuer() + "/protocol/openid-connect/auth"),
                browser.driver.getCurrentUrl());
        assertTrue(browser.driver.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE");
        browser.find("#username").sendKeys(OPERATOR);
        browser.find("#password").sendKeys("demo", Keys.ENTER);
    }

    @Test
    void theOperatorSignsInAtTheProviderFilesAnAppealAndSigningOutEndsTheProvidersSession() {
        withToken().put(OPERATOR, "session/language", "{\"language\": \"en\"}").expect(204);
        browser.open(root);
        signInAtTheProvider();

        browser.awaitVisible("#appeal-form");
        assertEquals(OPERATOR, browser.awaitText("#account", t -> !t.isBlank()));
        assertEquals(root, browser.driver.getCurrentUrl(), "the code is taken out of the address");
        assertEquals(Boolean.TRUE, browser.script("const kept = JSON.stringify(localStorage) + JSON.stringify(sessionStorage);"
                + "return !kept.includes('eyJ') && !kept.includes('demo')"), "no token or password in the browser's storage");
        assertEquals(List.of(), browser.accessibilityProblems(), "the desk, signed in at the provider");

        // A draft, then a reload: the tokens were in the page only; the provider's session brings
        // the operator back without its login page, and the draft comes back from the tab.
        String marker = "oidc-" + UUID.randomUUID();
        browser.find("#callerNumber").sendKeys("+996 700 " + DeskIT.random6());
        browser.find("#summary").sendKeys("Жол оңдолбой жатат " + marker);
        browser.script("const l = document.getElementById('language'); l.value = 'ky'; l.dispatchEvent(new Event('change'))");
        browser.awaitText("label[for=callerNumber]", "Чалуучунун номери"::equals);
        browser.await(d -> "ky".equals(withToken().get(OPERATOR, "session").expect(200).json().getString("language", null)));
        browser.open(root);
        browser.awaitText("label[for=callerNumber]", "Чалуучунун номери"::equals); // the account's language, from the server
        assertTrue(browser.find("#summary").getAttribute("value").endsWith(marker), "the draft survived the round trip");

        browser.find("#summary").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        String registered = browser.awaitText("#receipt-number", t -> t.matches("\\d{4}-\\d{6}"));
        JsonObject appeal = withToken(DISPATCHER).get(DISPATCHER, "appeals/" + registered).expect(200).json();
        assertEquals(OPERATOR, appeal.getString("filedBy"), "the provider's user is the one recorded");

        browser.find("#sign-out").click();
        signInPageAgain();
        assertFalse(browser.driver.getPageSource().contains(marker));
        withToken().put(OPERATOR, "session/language", "{\"language\": \"en\"}").expect(204);
    }

    /** After signing out the provider asks for the password again: its session ended, not only the page's. */
    private void signInPageAgain() {
        browser.awaitVisible("#kc-login");
        assertTrue(browser.driver.getCurrentUrl().startsWith(provider.issuer()), browser.driver.getCurrentUrl());
        assertEquals(Boolean.TRUE, browser.script("return document.getElementById('password').value === ''"));
    }
}
