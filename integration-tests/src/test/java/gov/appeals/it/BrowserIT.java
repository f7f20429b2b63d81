package gov.appeals.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One Chromium per test class, for the tests that work the consoles in a browser. */
abstract class BrowserIT extends ApplicationIT {

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
}
