package gov.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scripts that turn a built server into an office's production server assume no secret: a
 * password comes from the environment, and without it the resource does not start (the security
 * review found {@code appeals} as the fallback of the database's and the broker's passwords).
 */
class ServerScriptsTest {

    private static final Pattern PASSWORD = Pattern.compile("password=\"([^\"]*)\"");

    private static Path scripts() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("ear").resolve("src/main/server");
    }

    @Test
    void everyPasswordComesFromTheEnvironmentWithoutAFallback() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(scripts())) {
            for (Path script : files.filter(p -> p.toString().endsWith(".cli")).sorted().toList()) {
                Matcher m = PASSWORD.matcher(Files.readString(script));
                while (m.find()) {
                    found.add(script.getFileName() + ": " + m.group(1));
                    if (!m.group(1).matches("\\$\\{env\\.[A-Z_]+}")) {
                        wrong.add(script.getFileName() + ": password=\"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertTrue(found.size() >= 3, "the database's and the broker's passwords: " + found);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theProductionLoginMakesTheServerAProductionServer() throws IOException {
        assertTrue(Files.readString(scripts().resolve("use-oidc.cli")).contains("/system-property=appeals.production:add(value=true)"));
    }
}
