package gov.appeals.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What the consoles' browser tests share: one Chromium per class, and each test starting signed out. */
abstract class DeskIT extends ApplicationIT {

    static Browser browser;
    final String root = Deployments.applicationUrl().toString();

    @BeforeAll
    static void startBrowser() {
        Browser.assumeAvailable();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void signedOut() {
        browser.offline(false);
        browser.open(root);
        browser.script("sessionStorage.clear(); localStorage.clear();"
                + "return fetch('/api/v1/session', {method: 'DELETE'}).then(r => r.status)");
        browser.open(root);
        browser.awaitVisible("#sign-in");
    }

    void signIn(String user, String password) {
        WebElement name = browser.find("#username");
        name.clear();
        name.sendKeys(user, Keys.TAB);
        browser.find("#password").sendKeys(password, Keys.ENTER);
    }

    /**
     * Signs in with a demo account and waits for its desk's form, in English: the account's desk
     * language is kept on the server, so another test's choice would otherwise follow it here.
     */
    void signInTo(String user, String form) {
        api().put(user, "session/language", "{\"language\": \"en\"}").expect(204);
        signIn(user, Api.PASSWORD);
        browser.awaitVisible(form);
    }

    static int random6() {
        return 100_000 + (int) (Math.random() * 899_999);
    }
}
