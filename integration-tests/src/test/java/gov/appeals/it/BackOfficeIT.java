package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The back office in a real browser: an officer's "my appeals", the appeal opened with its PDF
 * shown in the page, the answer given by keyboard, and an answer that meets someone else's change.
 */
@RunAsClient
class BackOfficeIT extends DeskIT {

    /** A letter with a scanned page, on the Ministry of Labour's subject, held by the demo officer. */
    private String lettersAppealOfTheOfficer(String marker) {
        Api api = api();
        String receiptId = api.postMultipart("clerk", "intake/written", List.of(Api.Part.json("appeal", """
                {"kind": "COMPLAINT", "category": "SOCIAL", "language": "ru", "receivedVia": "POST",
                 "summary": "Управление не пересчитало пенсию после смены группы инвалидности %s",
                 "applicant": {"fullName": "Сыдыкова Айнура", "address": "Бишкек, ул. Киевская, 1"}}""".formatted(marker)),
                Api.Part.file("attachment", "заявление.pdf", "application/pdf", WrittenIntakeIT.PDF)))
                .expect(202).json().getString("receiptId");
        String number = api.awaitProcessed("clerk", receiptId).getString("registrationNumber");
        api.assign(number, "officer");
        return number;
    }

    @Test
    void theOfficerFindsTheAppealInTheirListSeesItsPdfAndAnswersByKeyboard() {
        String marker = "officer-" + UUID.randomUUID();
        String number = lettersAppealOfTheOfficer(marker);
        signInTo("officer", "#worklist");
        browser.awaitText("#worklist tbody", t -> t.contains(number));
        assertEquals(List.of(), browser.accessibilityProblems(), "the officer's list");

        browser.driver.findElement(By.xpath("//table[@id='worklist']//button[text()='" + number + "']")).sendKeys(Keys.ENTER);
        browser.awaitText("#case-title", t -> t.contains(number));
        assertEquals("case", browser.focused(), "the appeal opened takes the focus");
        assertTrue(browser.find("#case [data-case=summary]").getText().endsWith(marker));
        assertEquals("Сыдыкова Айнура", browser.find("#case-applicant dd").getText());

        browser.find("#case-files button").click();
        String frame = browser.await(d -> d.findElements(By.cssSelector("#file-view iframe")).stream()
                .map(e -> e.getAttribute("src")).findFirst().orElse(null));
        assertTrue(frame.startsWith("blob:"), "the PDF is shown in the page, read with the desk's own sign-in: " + frame);
        browser.screenshot("officer-desk");
        assertEquals(List.of(), browser.accessibilityProblems(), "the appeal opened");

        browser.find("#case").sendKeys(Keys.chord(Keys.ALT, "2")); // back from the PDF's frame to the page
        assertEquals("answer-text", browser.focused());
        browser.driver.switchTo().activeElement().sendKeys("Пенсия пересчитана с 1 ноября, доплата придёт в декабре.");
        browser.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitText("#worklist-total", t -> t.contains(number + " answered"));
        var answered = api().appeal("dispatcher", number);
        assertEquals("ANSWERED", answered.getString("status"));
        assertEquals("SUPPORTED", answered.getJsonObject("answer").getString("outcome"));
        assertTrue(answered.getJsonObject("answer").getBoolean("measuresTaken"));
        assertTrue(browser.driver.findElements(By.xpath("//table[@id='worklist']//button[text()='" + number + "']")).isEmpty(),
                "answered, it left the list");
    }

    @Test
    void anAnswerMeetingSomeoneElsesChangeIsRefusedPlainlyAndKeepsItsText() {
        String number = lettersAppealOfTheOfficer("conflict-" + UUID.randomUUID());
        signInTo("officer", "#worklist");
        browser.awaitText("#worklist tbody", t -> t.contains(number)); // the list shows it: then open it
        browser.driver.findElement(By.xpath("//table[@id='worklist']//button[text()='" + number + "']")).click();
        browser.awaitText("#case-title", t -> t.contains(number));
        String typed = "Разъяснён порядок перерасчёта пенсии.";
        browser.find("#outcome").sendKeys("Explained");
        browser.find("#answer-text").sendKeys(typed);

        // Meanwhile the body's head answers it.
        api().post("head", "appeals/" + number + "/answer",
                "{\"text\": \"Перерасчёт произведён.\", \"outcome\": \"EXPLAINED\"}").expect(200);

        browser.find("#send-answer").click();
        String said = browser.awaitText("#answer-error", t -> !t.isBlank());
        assertTrue(said.startsWith("Changed by someone else"), said);
        assertEquals(typed, browser.find("#answer-text").getAttribute("value"), "nothing typed is lost");
        assertEquals("reload-case", browser.focused());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.awaitText("#case-notice", t -> t.contains("can no longer be answered here"));
        assertTrue(String.valueOf(browser.script("return sessionStorage.getItem('appeals.official.answer." + number + "')"))
                .contains(typed), "kept in the tab");
        assertEquals("head", api().appeal("dispatcher", number).getJsonObject("answer").getString("answeredBy"));
    }

    @Test
    void theDispatchersQueueShowsAnAppealFiledAtTheHotlineWithinTwoSecondsAndTheDispatcherFindsAndRoutesIt() {
        signInTo("dispatcher", "#queue");
        browser.awaitVisible("#queue-total");
        browser.find("#q").sendKeys("half-typed search"); // a form being typed, which a live update must not touch
        // When each row first shows, by the page's own clock (the server's machine's): the test's
        // polling and the second browser's closing do not count.
        browser.script("window.shown = {}; new MutationObserver(() => document.querySelectorAll('#queue tbody th button')"
                + ".forEach(b => { window.shown[b.textContent] ??= Date.now(); }))"
                + ".observe(document.querySelector('#queue tbody'), {childList: true, subtree: true})");
        String marker = "Жылуулук" + DeskIT.random6();
        String phone = "+996 559 " + DeskIT.random6();
        String number;
        try (Browser hotline = new Browser()) {
            hotline.open(root);
            hotline.awaitVisible("#sign-in");
            api().put("operator", "session/language", "{\"language\": \"en\"}").expect(204);
            hotline.find("#username").sendKeys("operator", Keys.TAB);
            hotline.find("#password").sendKeys(Api.PASSWORD, Keys.ENTER);
            hotline.awaitVisible("#appeal-form");
            hotline.find("#callerNumber").sendKeys(phone);
            hotline.find("#summary").sendKeys("Үйдө " + marker + " жок, бир жумадан бери");
            // A subject no rule routes: the appeal waits for a dispatcher.
            hotline.script("const c = document.getElementById('category'); c.value = 'OTHER';"
                    + "c.dispatchEvent(new Event('input', {bubbles: true}))");
            hotline.find("#summary").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            number = hotline.awaitText("#receipt-number", t -> t.matches("\\d{4}-\\d{6}"));
        }
        browser.awaitText("#queue tbody", t -> t.contains(number));
        long shownAt = ((Number) browser.script("return window.shown[arguments[0]]", number)).longValue();
        long registeredAt = java.time.OffsetDateTime.parse(api().appeal("dispatcher", number).getString("registeredAt"))
                .toInstant().toEpochMilli();
        assertTrue(shownAt - registeredAt < 2_000, "in the queue " + (shownAt - registeredAt) + " ms after registration");
        assertEquals("half-typed search", browser.find("#q").getAttribute("value"), "the live update left the form alone");

        for (String q : List.of(phone.replace(" ", ""), marker)) {
            browser.find("#q").clear();
            browser.find("#q").sendKeys(q, Keys.ENTER);
            browser.awaitText("#found-list tbody", t -> t.contains(number));
        }
        assertEquals(List.of(), browser.accessibilityProblems(), "the dispatcher's desk, a search found");
        browser.driver.findElement(By.xpath("//table[@id='found-list']//button[text()='" + number + "']")).sendKeys(Keys.ENTER);
        browser.awaitText("#case-title", t -> t.contains(number));
        browser.awaitVisible("#route-form");
        browser.find("#route-body").sendKeys("Ministry of Labour");
        browser.find("#route-reason").sendKeys("Отопление: социальный вопрос района");
        browser.screenshot("dispatcher-desk");
        browser.find("#route-reason").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitText("#action-status", t -> t.contains("done"));
        var routed = api().appeal("dispatcher", number);
        assertEquals("MIN_LABOUR_SOCIAL", routed.getJsonObject("body").getString("code"));
        browser.await(d -> !browser.find("#queue tbody").getText().contains(number));
    }

    @Test
    void theOfficerRedirectsAnAppealTheBodyCannotAnswerWithAReason() {
        String number = lettersAppealOfTheOfficer("redirect-" + UUID.randomUUID());
        signInTo("officer", "#worklist");
        browser.awaitText("#worklist tbody", t -> t.contains(number));
        browser.driver.findElement(By.xpath("//table[@id='worklist']//button[text()='" + number + "']")).click();
        browser.awaitText("#case-title", t -> t.contains(number));
        browser.awaitVisible("#redirect-form");
        new org.openqa.selenium.support.ui.Select(browser.find("#redirect-body")).selectByValue("MIN_HEALTH");
        browser.find("#redirect-form button[type=submit]").click();
        browser.awaitText("#redirect-reason-error", t -> !t.isBlank()); // a redirection says why
        browser.find("#redirect-reason").sendKeys("Лекарственное обеспечение инвалидов: Минздрав");
        browser.find("#redirect-form button[type=submit]").click();
        browser.awaitText("#worklist-total", t -> t.contains(number + " redirected"));
        JsonObject redirected = api().appeal("dispatcher", number);
        assertEquals("MIN_HEALTH", redirected.getJsonObject("body").getString("code"));
        assertEquals("Лекарственное обеспечение инвалидов: Минздрав",
                redirected.getJsonArray("redirections").getJsonObject(0).getString("reason"));
    }

    @Test
    void theBodysHeadGrantsAndRevokesCoverFromTheDesk() {
        signInTo("head", "#worklist");
        browser.awaitVisible("#cover");
        browser.find("#grant-grantee").sendKeys("officer");
        browser.find("#grant-colleague").sendKeys("mlsd.bekova");
        browser.find("#grant-reason").sendKeys("Отпуск Бековой А. Н.");
        browser.find("#grant-form button[type=submit]").click();
        browser.awaitText("#grants tbody", t -> t.contains("mlsd.bekova"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the head's desk with the body's cover");
        browser.screenshot("head-cover");
        assertEquals(List.of("mlsd.bekova"), api().get("officer", "appeals/mine/scope").expect(200).json()
                .getJsonArray("covering").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        browser.driver.findElement(By.xpath("//table[@id='grants']//tr[td[text()='mlsd.bekova']]//button")).click();
        browser.await(d -> !browser.find("#grants tbody").getText().contains("mlsd.bekova"));
        assertTrue(api().get("officer", "appeals/mine/scope").expect(200).json().getJsonArray("covering").isEmpty());
    }

    @Test
    void theOfficersDeskInKyrgyzAndRussian() {
        String number = lettersAppealOfTheOfficer("languages-" + UUID.randomUUID());
        signInTo("officer", "#worklist");
        browser.awaitText("#worklist tbody", t -> t.contains(number));
        browser.driver.findElement(By.xpath("//table[@id='worklist']//button[text()='" + number + "']")).click();
        browser.awaitText("#case-title", t -> t.contains(number));
        Map<String, String> answer = Map.of("ky", "Жооп", "ru", "Ответ");
        for (String language : List.of("ky", "ru")) {
            browser.script("const l = document.getElementById('language'); l.value = arguments[0];"
                    + "l.dispatchEvent(new Event('change'))", language);
            browser.awaitText("#answer-form legend", answer.get(language)::equals);
            assertEquals(List.of(), browser.accessibilityProblems(), "the officer's desk in " + language);
            browser.screenshot("officer-desk-" + language);
        }
    }
}
