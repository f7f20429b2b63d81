package gov.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Components depend one way: each may use those below it in {@link #ORDER}, never one above it,
 * and inside a component an entity knows no control and a control no boundary. Read from the
 * sources of the ejb, web and open311 modules, every reference counts: an import, a static import or a
 * name written out in full.
 */
class ComponentOrderTest {

    /** Bottom first; the README's code map shows the same order. */
    static final List<String> ORDER = List.of("platform", "reference", "submission", "intake", "routing", "appeal", "deadlines",
            "notifications", "registration", "casework", "verdicts", "supervision", "reporting", "publiclookup",
            "open311", "operations");

    private static final List<String> LAYERS = List.of("entity", "control", "boundary");
    /** A component's name may hold digits (open311): a pattern of letters alone read it as "open", in no order, and saw nothing. */
    private static final Pattern REFERENCE = Pattern.compile("\\bgov\\.appeals\\.([a-z][a-z0-9]*)(?:\\.([a-z][a-z0-9]*))?");

    private record Source(Path path, String component, String layer, String text) {
    }

    @Test
    void noComponentUsesOneAboveIt() {
        List<String> violations = new ArrayList<>();
        for (Source source : sources()) {
            int own = ORDER.indexOf(source.component());
            for (String[] used : references(source)) {
                int other = ORDER.indexOf(used[0]);
                if (other < 0) {
                    violations.add(source.path() + " (" + source.component() + ") uses " + used[0] + ", which is in no order");
                } else if (other > own) {
                    violations.add(source.path() + " (" + source.component() + ") uses " + used[0]);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void insideAComponentEntitiesKnowNoControlAndControlsNoBoundary() {
        List<String> violations = new ArrayList<>();
        for (Source source : sources()) {
            int own = LAYERS.indexOf(source.layer());
            for (String[] used : references(source)) {
                if (own >= 0 && used[1] != null && LAYERS.indexOf(used[1]) > own) {
                    violations.add(source.path() + " (" + source.layer() + ") uses " + used[0] + "." + used[1]);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyComponentHasItsPlaceInTheOrder() {
        Set<String> components = new TreeSet<>();
        sources().forEach(s -> components.add(s.component()));
        assertTrue(components.size() > 5, "the sources were found: " + components);
        components.removeAll(ORDER);
        assertEquals(Set.of(), components, "a new component needs its place in ORDER and in the README's code map");
    }

    /** A receipt is what the citizen holds: other components ask intake's {@code Receipts} to change it. */
    private static final Pattern RECEIPT_WRITE = Pattern.compile(
            "(?i)\\b(update\\s+receipt|insert\\s+into\\s+receipt|delete\\s+from\\s+receipt)\\b"
                    + "|(?-i)\\b[a-z]*[rR]eceipt\\.(registered|rejected|requeued|handedOverAgain|duplicateDeliveryIgnored)\\("
                    + "|\\bReceipt\\.recreated\\(");

    @Test
    void onlyIntakeWritesAReceipt() {
        List<String> violations = new ArrayList<>();
        for (Source source : sources()) {
            Matcher m = RECEIPT_WRITE.matcher(source.text());
            if (!source.component().equals("intake") && m.find()) {
                violations.add(source.path() + " (" + source.component() + ") writes a receipt: " + m.group());
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Component and layer (or null) of every name of the application the source uses, outside its package line. */
    private static List<String[]> references(Source source) {
        List<String[]> used = new ArrayList<>();
        Matcher m = REFERENCE.matcher(source.text());
        while (m.find()) {
            used.add(new String[] {m.group(1), m.group(2)});
        }
        return used;
    }

    private static List<Source> sources() {
        Path ejb = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        List<Source> sources = new ArrayList<>();
        for (Path root : List.of(ejb.resolve("src/main/java/gov/appeals"),
                ejb.resolveSibling("web").resolve("src/main/java/gov/appeals"),
                ejb.resolveSibling("open311").resolve("src/main/java/gov/appeals"))) {
            assertTrue(Files.isDirectory(root), root + " is missing");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(read(root, p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static Source read(Path root, Path file) {
        Path relative = root.relativize(file);
        String component = relative.getName(0).toString();
        String layer = relative.getNameCount() > 2 ? relative.getName(1).toString() : "";
        try {
            String text = Files.readString(file).replaceFirst("(?m)^package [^;]+;", "");
            return new Source(Path.of("gov/appeals").resolve(relative), component, layer, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
