package gov.appeals.it;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The desks with the server's own accounts: each test starts signed out, at the console's sign-in. */
abstract class DeskIT extends BrowserIT {

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
