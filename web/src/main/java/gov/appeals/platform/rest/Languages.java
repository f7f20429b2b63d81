package gov.appeals.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Set;

/** The language names are given in: the first of Kyrgyz, Russian or English the client accepts; Russian otherwise. */
public final class Languages {

    private static final Set<String> NAMED = Set.of("ky", "ru", "en");
    private static final Locale DEFAULT = Locale.forLanguageTag("ru");

    private Languages() {
    }

    public static Locale preferred(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> NAMED.contains(l.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
