package gov.appeals.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The messages to citizens in Kyrgyz, Russian, Kazakh and English ({@code notifications/messages_*.properties}). */
@ApplicationScoped
public class NotificationTemplates {

    public static final Set<String> LANGUAGES = Set.of("ky", "ru", "kk", "en");

    private final Map<String, Properties> byLanguage = new HashMap<>();

    @PostConstruct
    void load() {
        for (String language : LANGUAGES) {
            byLanguage.put(language, read("notifications/messages_" + language + ".properties"));
        }
    }

    static Properties read(String resource) {
        Properties messages = new Properties();
        try (InputStream in = NotificationTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message templates " + resource);
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    /** The language a message is written in: the appeal's, if there are templates for it, else the fallback. */
    public String languageFor(String appealLanguage, String fallback) {
        String language = appealLanguage == null ? "" : appealLanguage.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(language) ? language : fallback;
    }

    public String text(String language, String key, Object... arguments) {
        String pattern = byLanguage.get(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No message " + key + " in " + language);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
    }
}
