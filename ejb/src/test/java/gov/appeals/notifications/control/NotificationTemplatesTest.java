package gov.appeals.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

    @Test
    void everyLanguageHasEveryMessage() {
        Properties english = NotificationTemplates.read("notifications/messages_en.properties");
        for (String language : NotificationTemplates.LANGUAGES) {
            Properties messages = NotificationTemplates.read("notifications/messages_" + language + ".properties");
            assertEquals(english.keySet(), messages.keySet(), language);
        }
    }

    @Test
    void messagesAreFilledInTheAppealsLanguage() {
        NotificationTemplates templates = new NotificationTemplates();
        templates.load();
        Object[] args = {"2026-000042", "2026-11-24", "Саламаттыкты сактоо министрлиги", "2026-12-14", "AB3CD4EF", "", "10"};
        String ky = templates.text("ky", "registered.body", args);
        assertTrue(ky.contains("№ 2026-000042") && ky.contains("AB3CD4EF") && ky.contains("2026-12-14"), ky);
        assertEquals("Appeal 2026-000042: the term was extended", templates.text("en", "extended.subject", args));
        assertTrue(templates.text("kk", "extended.body", args).contains("10 күнге"));
        assertEquals("ru", templates.languageFor("de", "ru"), "no templates in German: the fallback");
        assertEquals("kk", templates.languageFor("KK", "ru"));
    }

    @Test
    void everyAnswerLinksToItsVerdictPageWithTheWindow() {
        NotificationTemplates templates = new NotificationTemplates();
        templates.load();
        String page = "https://appeals.example.kg/api/v1/public/appeals/2026-000042/verdict-form?code=AB3CD4EF";
        Object[] args = {"2026-000042", "2026-11-24", "Министерство труда", "2026-12-14", "AB3CD4EF", "Пенсия назначена.", "",
            page, "30"};
        for (String language : NotificationTemplates.LANGUAGES) {
            String body = templates.text(language, "answered.body", args);
            assertTrue(body.contains("Пенсия назначена.") && body.contains(page) && body.contains("30"), language + ": " + body);
        }
    }
}
