package gov.appeals.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consoles' catalogues: every language has every message, and every message the page and the
 * modules ask for exists. A label missing in Kyrgyz would otherwise show its key to the desk.
 */
class ConsoleMessagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path MESSAGES = WEBAPP.resolve("desks/messages");
    private static final List<String> LANGUAGES = List.of("en", "ru", "ky");
    private static final Pattern KEY = Pattern.compile("^\\s*'([a-zA-Z]+(?:\\.[a-zA-Z0-9]+)+)':", Pattern.MULTILINE);
    /** data-i18n="…", data-i18n-label/-title, data-slip="…", t('…'), TITLE = '…', title: '…', keys.bind(…, '…'). */
    private static final Pattern USED = Pattern.compile(
            "data-(?:i18n(?:-label|-title)?|slip)=\"([a-zA-Z]+\\.[a-zA-Z0-9.]+)\""
                    + "|\\bt\\('([a-zA-Z]+\\.[a-zA-Z0-9.]+)'"
                    + "|TITLE = '([a-zA-Z]+\\.[a-zA-Z0-9.]+)'"
                    + "|keys\\.bind\\('[^']+', '([a-zA-Z]+\\.[a-zA-Z0-9.]+)'");

    @Test
    void everyLanguageHasEveryMessage() {
        Set<String> english = keys("en");
        assertTrue(english.size() > 50, "the catalogue was read: " + english.size());
        for (String language : LANGUAGES) {
            assertEquals(english, keys(language), language + " has other keys than en");
        }
    }

    @Test
    void everyMessageThePageAsksForExists() throws IOException {
        Set<String> known = keys("en");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".js"))
                    .filter(p -> !p.startsWith(MESSAGES)).toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && !known.contains(m.group(g))) {
                            missing.add(WEBAPP.relativize(file) + ": " + m.group(g));
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Set<String> keys(String language) {
        try {
            Matcher m = KEY.matcher(Files.readString(MESSAGES.resolve(language + ".js")));
            Set<String> keys = new TreeSet<>();
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
