package gov.appeals.registration.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Finds an appeal's subject from the words of its summary, in any of the country's languages.
 * Each subject has a list of terms: a term ending in {@code *} matches any word it begins
 * (inflected forms: "пенсию", "пенсиялык"), any other term only the whole word (short roots like
 * Kyrgyz "жер" would otherwise match unrelated words). The subject with the most matching words
 * wins; ties go to the subject listed first; no match at all gives {@link #fallback}.
 */
public final class KeywordClassifier {

    public static final String DEFAULT_RESOURCE = "classifier/keywords.properties";
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");

    private final Map<String, List<String>> prefixes = new LinkedHashMap<>();
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final String fallback;

    /**
     * @param terms subject code to its terms, in priority order
     * @param fallback the subject when nothing matches
     */
    public KeywordClassifier(Map<String, List<String>> terms, String fallback) {
        this.fallback = fallback;
        terms.forEach((subject, list) -> {
            List<String> p = new ArrayList<>();
            List<String> w = new ArrayList<>();
            for (String term : list) {
                String t = normalise(term.strip());
                if (t.isEmpty()) {
                    continue;
                }
                if (t.endsWith("*")) {
                    p.add(t.substring(0, t.length() - 1));
                } else {
                    w.add(t);
                }
            }
            prefixes.put(subject, List.copyOf(p));
            words.put(subject, List.copyOf(w));
        });
    }

    /** Loads the shipped term lists: {@code SUBJECT = term, term*, ...} in UTF-8, subjects in priority order. */
    public static KeywordClassifier fromResource(String resource, String fallback) {
        try (InputStream in = KeywordClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classifier terms not found: " + resource);
            }
            return new KeywordClassifier(readOrdered(new InputStreamReader(in, StandardCharsets.UTF_8)), fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String classify(String text) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String[] tokens = NON_LETTERS.split(normalise(text));
        String best = fallback;
        int bestScore = 0;
        for (String subject : prefixes.keySet()) {
            int score = score(tokens, prefixes.get(subject), words.get(subject));
            if (score > bestScore) {
                best = subject;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(String[] tokens, List<String> prefixList, List<String> wordList) {
        int score = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (wordList.contains(token) || startsWithAny(token, prefixList)) {
                score++;
            }
        }
        return score;
    }

    private static boolean startsWithAny(String token, List<String> prefixList) {
        for (String p : prefixList) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, composed, "ё" read as "е": people type both. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static Map<String, List<String>> readOrdered(Reader reader) throws IOException {
        // Properties loses order, and order is the tie-break: keep the file's order.
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        Properties props = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, List.of(((String) value).split(",")));
                return super.put(key, value);
            }
        };
        props.load(reader);
        return ordered;
    }
}
