package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The consoles in a real browser, as their people work them: signing in, the hotline operator's
 * call from the caller's number to the access code read out, by keyboard alone, and the promise
 * carried to the keyboard: a network cut mid-filing loses nothing and files once.
 */
@RunAsClient
class ConsoleIT extends DeskIT {

    private void signInAsOperator() {
        signInTo("operator", "#appeal-form");
        browser.await(d -> "callerNumber".equals(browser.focused()));
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageAndSigningOutEndsTheSessionOnTheServer() {
        signIn("operator", "not-the-password");
        assertEquals("The user name or the password is wrong.", browser.awaitText("#sign-in-error", t -> !t.isBlank()));
        assertEquals("password", browser.focused(), "back to the password, the name kept");
        signIn("operator", Api.PASSWORD);
        browser.awaitVisible("#appeal-form");
        assertEquals("operator", browser.find("#account").getText());
        assertEquals(200L, browser.script("return fetch('/api/v1/session', {headers: {'X-Requested-With': 'XMLHttpRequest'}}).then(r => r.status)"));
        Object cookies = browser.script("return document.cookie");
        assertFalse(String.valueOf(cookies).contains("JSESSIONID"), "the session cookie is out of scripts' reach");

        browser.find("#sign-out").click();
        browser.awaitVisible("#sign-in");
        assertEquals(401L, browser.script("return fetch('/api/v1/session', {headers: {'X-Requested-With': 'XMLHttpRequest'}}).then(r => r.status)"),
                "signed out on the server, not only on the page");
        assertEquals(0L, browser.script("return localStorage.length"), "no password or token kept, nor anything else");
        browser.screenshot("sign-in");
    }

    @Test
    void theOperatorFilesAnAppealByKeyboardAloneAndReadsOutTheNumberAndCode() {
        signInAsOperator();
        String marker = "console-" + UUID.randomUUID();
        WebElement number = browser.find("#callerNumber");
        number.sendKeys("+996 700 " + (100_000 + (int) (Math.random() * 899_999)), Keys.TAB);
        // Kind and the citizen's language keep their defaults: Tab past them to the summary.
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("summary", browser.focused());
        browser.driver.switchTo().activeElement().sendKeys("Көчөдө жарык жок, түнкүсүн коркунучтуу " + marker);
        browser.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        String code = browser.awaitText("#receipt-code", t -> t.matches("[A-Z2-9]{4} [A-Z2-9]{4}"));
        String registered = browser.awaitText("#receipt-number", t -> t.matches("\\d{4}-\\d{6}"));
        assertEquals("receipt", browser.focused(), "the receipt takes the focus, to be read out");
        browser.screenshot("operator-receipt");

        JsonObject appeal = api().get("dispatcher", "appeals/" + registered).expect(200).json();
        assertEquals("PHONE", appeal.getString("channel"));
        assertEquals("operator", appeal.getString("filedBy"));
        assertTrue(appeal.getString("summary").endsWith(marker));
        assertEquals(code.replace(" ", ""), appeal.getString("accessCode"), "the code read out is the appeal's");

        browser.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, "n"));
        browser.awaitVisible("#appeal-form");
        assertEquals("callerNumber", browser.focused(), "the next call starts at the number");
        assertEquals("", browser.find("#summary").getAttribute("value"));
    }

    @Test
    void aKnownCallersEarlierAppealsAppearAsTheNumberIsTyped() {
        String caller = "0770 " + (100_000 + (int) (Math.random() * 899_999));
        String earlier = api().fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "summary": "Пенсия келбей жатат", "language": "ky", "callerNumber": "%s"}
                """.formatted(caller)).getString("registrationNumber");
        signInAsOperator();
        browser.find("#callerNumber").sendKeys(caller.replace(" ", "-"));
        String table = browser.awaitText("caller-history table", t -> t.contains(earlier));
        assertTrue(table.contains("Assigned") || table.contains("Registered"), table);
        assertFalse(table.contains("Пенсия"), "no texts: the number, date, subject, status and due date only");
        browser.screenshot("operator-desk");
        assertEquals(List.of(), browser.accessibilityProblems(), "the operator's desk with a caller's history");
    }

    @Test
    void theSubjectIsSuggestedFromTheTextAndCanBeOverridden() {
        signInAsOperator();
        browser.find("#summary").sendKeys("Пенсияны эки айдан бери ала элекмин, социалдык фонддон жооп жок");
        browser.awaitText("#category-hint", t -> !t.isBlank());
        assertEquals("SOCIAL", browser.find("#category").getAttribute("value"));
        browser.script("const s = document.getElementById('category'); s.value = 'ECONOMY';"
                + "s.dispatchEvent(new Event('input', {bubbles: true}))");
        browser.find("#summary").sendKeys(" пенсия пенсия");
        browser.await(d -> (Boolean) browser.script("return new Promise(r => setTimeout(() => r(true), 1200))"));
        assertEquals("ECONOMY", browser.find("#category").getAttribute("value"), "the operator's choice stands");
    }

    @Test
    void aNetworkCutMidFilingLosesNothingAndFilesExactlyOnce() throws Exception {
        signInAsOperator();
        String marker = "offline-" + UUID.randomUUID();
        browser.find("#callerNumber").sendKeys("+996 555 " + (100_000 + (int) (Math.random() * 899_999)));
        browser.find("#summary").sendKeys("Суу жок үч күндөн бери " + marker);
        browser.offline(true);
        WebElement file = browser.find("#file");
        file.click();
        file.click(); // a double click while it is on its way
        browser.awaitText("#filing", t -> t.contains("Trying again with the same key"));
        assertTrue(browser.find("#appeal-form").isDisplayed(), "the form stays, with what was typed");
        assertTrue(browser.find("#summary").getAttribute("value").endsWith(marker));
        assertTrue(String.valueOf(browser.script("return sessionStorage.getItem('appeals.operator.draft')")).contains(marker),
                "kept in the tab's storage too");

        browser.offline(false);
        browser.awaitText("#receipt-number", t -> t.matches("\\d{4}-\\d{6}"));
        assertEquals(1, appealsWithSummaryEnding(marker), "one appeal, whatever was sent how often");
        assertEquals(null, browser.script("return sessionStorage.getItem('appeals.operator.draft')"));
    }

    @Test
    void theOperatorTakesDownTheCitizensVerdictOnAnAnswer() {
        Api api = api();
        JsonObject filed = api.fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "category": "SOCIAL", "language": "ru", "callerNumber": "+996 700 %d",
                 "summary": "Не назначают пособие", "applicant": {"fullName": "Алиева Динара"}}""".formatted(random6()));
        String number = filed.getString("registrationNumber");
        api.assign(number, "officer");
        api.post("officer", "appeals/" + number + "/answer",
                "{\"text\": \"Пособие назначено.\", \"outcome\": \"SUPPORTED\", \"measuresTaken\": true}").expect(200);
        signInAsOperator();
        browser.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, "v"));
        browser.awaitVisible("#verdict-dialog");
        assertEquals("verdict-number", browser.focused());
        browser.find("#verdict-number").sendKeys(number, Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(filed.getString("accessCode"));
        browser.find("#verdict-dialog input[value=NOT_SATISFIED]").click();
        browser.find("#verdict-comment").sendKeys("Назначили не с той даты");
        assertEquals(List.of(), browser.accessibilityProblems(), "the verdict dialog");
        browser.find("#verdict-form button[type=submit]").click();
        String done = browser.awaitText("#verdict-done", t -> !t.isBlank());
        assertTrue(done.startsWith("Recorded: No.") && done.contains("reconsideration"), done);
        JsonObject appeal = api.get("dispatcher", "appeals/" + number).expect(200).json();
        assertEquals("NOT_SATISFIED", appeal.getJsonObject("answer").getJsonObject("verdict").getString("satisfaction"));
    }

    @Test
    void theDeskSpeaksKyrgyzAndRussianAndRemembersTheChoiceForTheAccount() {
        signInAsOperator();
        Map<String, String> callerNumber = Map.of("ky", "Чалуучунун номери", "ru", "Номер звонящего", "en", "Caller's number");
        for (String language : List.of("ky", "ru")) {
            browser.script("const l = document.getElementById('language'); l.value = arguments[0];"
                    + "l.dispatchEvent(new Event('change'))", language);
            browser.awaitText("label[for=callerNumber]", callerNumber.get(language)::equals);
            assertEquals(language, browser.script("return document.documentElement.lang"));
            assertEquals(List.of(), browser.accessibilityProblems(), "the operator's desk in " + language);
            browser.screenshot("operator-desk-" + language);
        }
        browser.open(root);
        browser.awaitText("label[for=callerNumber]", callerNumber.get("ru")::equals);

        // Another computer: nothing of this browser's kept, the choice comes with the account.
        browser.find("#sign-out").click();
        browser.awaitVisible("#sign-in");
        browser.script("sessionStorage.clear(); localStorage.clear();");
        browser.open(root);
        browser.awaitVisible("#sign-in");
        signIn("operator", Api.PASSWORD);
        browser.awaitText("label[for=callerNumber]", callerNumber.get("ru")::equals);
        assertEquals("ru", api().get("operator", "session").expect(200).json().getString("language"));
        assertEquals(400, api().put("operator", "session/language", "{\"language\": \"de\"}").status());
    }

    @Test
    void theSignInPageIsAccessibleLightAndQuick() {
        assertEquals(List.of(), browser.accessibilityProblems(), "the sign-in page");
        // A first visit, with an empty cache: everything the page loads, as transferred.
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.open(root);
        browser.awaitVisible("#sign-in");
        signInAsOperator();
        long first = transferred();
        double ready = ((Number) browser.script(
                "return performance.getEntriesByName('console-ready')[0].startTime")).doubleValue();
        browser.open(root);
        browser.awaitVisible("#appeal-form");
        long second = transferred();
        System.out.printf("Console weight: first visit %d bytes, second visit %d bytes, usable after %.0f ms%n",
                first, second, ready);
        assertTrue(first < 300 * 1024, "a first visit moves " + first + " bytes");
        assertTrue(second < first / 5, "a second visit moves " + second + " bytes against " + first);
        assertTrue(ready < 1000, "usable after " + ready + " ms");
    }

    /** Bytes this page's document and resources took over the network (headers included). */
    private long transferred() {
        browser.await(d -> (Boolean) browser.script("return document.readyState === 'complete'"));
        return ((Number) browser.script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce((sum, e) => sum + (e.transferSize || 0), 0)""")).longValue();
    }

    private static int appealsWithSummaryEnding(String marker) throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement count = db.prepareStatement("select count(*) from appeal where summary like ?")) {
            count.setString(1, "%" + marker);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
