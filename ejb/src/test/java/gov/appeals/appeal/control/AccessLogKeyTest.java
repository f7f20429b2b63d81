package gov.appeals.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security review's finding: production neither set nor required a key of its own. */
class AccessLogKeyTest {

    @TempDir
    Path data;

    @Test
    void theDemoSetUpSealsWithTheDemoKeyUnlessGivenOne() {
        assertEquals(AccessLogKey.DEMO_KEY, AccessLogKey.chosen(Optional.empty(), false, data));
        assertEquals("the office's own secret", AccessLogKey.chosen(Optional.of("the office's own secret"), false, data));
    }

    @Test
    void productionRefusesTheDemoKeyAndAShortOne() {
        IllegalStateException demo = assertThrows(IllegalStateException.class,
                () -> AccessLogKey.chosen(Optional.of(AccessLogKey.DEMO_KEY), true, data));
        assertTrue(demo.getMessage().contains("APPEALS_ACCESS_LOG_KEY"), demo.getMessage());
        assertThrows(IllegalStateException.class, () -> AccessLogKey.chosen(Optional.of("secret"), true, data));
        assertEquals("a secret of thirty-two characters", AccessLogKey.chosen(Optional.of("a secret of thirty-two characters"), true, data));
    }

    @Test
    void productionWithoutAKeyMakesOneAtItsFirstStartAndKeepsIt() throws Exception {
        String made = AccessLogKey.chosen(Optional.empty(), true, data);
        assertNotEquals(AccessLogKey.DEMO_KEY, made);
        assertTrue(made.matches("[0-9a-f]{64}"), made);
        Path file = data.resolve(AccessLogKey.FILE_NAME);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file), "the server's user alone");
        assertEquals(made, AccessLogKey.chosen(Optional.empty(), true, data), "the next start reads the same key");
        assertEquals(made, AccessLogKey.chosen(Optional.of("  "), true, data), "a blank setting is no key");
    }

    @Test
    void productionWithNeitherAKeyNorADataDirectoryDoesNotStart() {
        assertThrows(IllegalStateException.class, () -> AccessLogKey.chosen(Optional.empty(), true, null));
    }
}
