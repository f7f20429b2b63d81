package gov.appeals.appeal.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The access log's head, written out of the database as it moves: a line a minute at most, while
 * entries are sealed, to {@code access-log-heads.txt} in the server's data directory, a file the
 * office archives with its logs. Removing the newest entries and rewinding the chain's head to
 * match, even with the key, then still disagrees with the last head published. A head that goes
 * back is never published; it is reported.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishedHeads {

    static final String FILE_NAME = "access-log-heads.txt";
    private static final Logger LOG = Logger.getLogger(PublishedHeads.class.getName());

    /** A head as published: the last sealed position, its hash, when it was sealed. */
    public record Head(long position, String hash, Instant sealedAt) {

        String line() {
            return sealedAt + " " + position + " " + hash + "\n";
        }

        static Optional<Head> parse(String line) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Head(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[0])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    @Inject
    @ConfigProperty(name = "appeals.access-log.publish-seconds", defaultValue = "60")
    long everySeconds;

    private Path file;
    private Head last;
    private Instant lastWritten = Instant.EPOCH;
    private boolean wentBackReported;

    @PostConstruct
    void open() {
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (dataDir != null) {
            file = Path.of(dataDir, "appeals", FILE_NAME);
            last = readLast(file).orElse(null);
        }
    }

    /** Writes the head if it moved on since the last line and that line is old enough. */
    public synchronized void publish(Head head, Instant now) {
        if (file == null || head.position() == 0) {
            return;
        }
        if (last != null && head.position() < last.position()) {
            if (!wentBackReported) {
                LOG.severe("The access log's head went back from entry " + last.position() + " (published, sealed at "
                        + last.sealedAt() + ") to entry " + head.position() + ": entries were removed from the database."
                        + " GET /admin/access-log/verification says more");
                wentBackReported = true;
            }
            return;
        }
        if (last != null && head.position() == last.position()
                || now.isBefore(lastWritten.plus(Duration.ofSeconds(everySeconds)))) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, head.line(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
            last = head;
            lastWritten = now;
            wentBackReported = false;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The access log's head could not be written to " + file, e);
        }
    }

    /** The last head published by this node, as the file now says. */
    public Optional<Head> last() {
        return file == null ? Optional.empty() : readLast(file);
    }

    /** The file's last line, read from its end: it grows by a line a minute for years. */
    static Optional<Head> readLast(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, 4096);
            byte[] bytes = new byte[tail];
            in.seek(length - tail);
            in.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.US_ASCII).strip().split("\n");
            return Head.parse(lines[lines.length - 1]);
        } catch (IOException e) {
            throw new UncheckedIOException("The published heads in " + file + " cannot be read", e);
        }
    }
}
