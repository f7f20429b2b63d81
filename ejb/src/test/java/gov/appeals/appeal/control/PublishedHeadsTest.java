package gov.appeals.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log's head, written out of the database: forward only, a line a minute at most. */
class PublishedHeadsTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path data;

    private PublishedHeads heads() {
        PublishedHeads heads = new PublishedHeads();
        heads.everySeconds = 60;
        System.setProperty("jboss.server.data.dir", data.toString());
        try {
            heads.open();
        } finally {
            System.clearProperty("jboss.server.data.dir");
        }
        return heads;
    }

    private static PublishedHeads.Head head(long position) {
        return new PublishedHeads.Head(position, "h" + position, T0.plusSeconds(position));
    }

    @Test
    void aHeadIsPublishedWhenItMovedOnAndTheLastLineIsAMinuteOld() throws Exception {
        PublishedHeads heads = heads();
        heads.publish(head(0), T0);
        assertEquals(Optional.empty(), heads.last(), "an empty chain has nothing to publish");
        heads.publish(head(10), T0);
        heads.publish(head(20), T0.plusSeconds(30));
        assertEquals(Optional.of(head(10)), heads.last(), "within the minute");
        heads.publish(head(20), T0.plusSeconds(61));
        heads.publish(head(20), T0.plusSeconds(200));
        assertEquals(Optional.of(head(20)), heads.last());
        assertEquals(2, Files.readAllLines(data.resolve("appeals").resolve(PublishedHeads.FILE_NAME)).size(),
                "a head that did not move is not written again");
    }

    @Test
    void aHeadThatWentBackIsNeverPublished() {
        PublishedHeads heads = heads();
        heads.publish(head(50), T0);
        heads.publish(head(40), T0.plusSeconds(120));
        assertEquals(Optional.of(head(50)), heads.last());
    }

    @Test
    void aRestartedServerGoesOnFromTheLastLine() {
        heads().publish(head(50), T0);
        PublishedHeads restarted = heads();
        restarted.publish(head(40), T0.plusSeconds(120));
        assertEquals(Optional.of(head(50)), restarted.last(), "the file remembers the head across restarts");
    }
}
