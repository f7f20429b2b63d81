package gov.appeals.intake.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file that came with an appeal, checked and spooled to a temporary file: its type detected from
 * its content, its size and SHA-256 counted while it was read. Closing it deletes the spool.
 *
 * @param part the request part it came in, as errors name it ({@code attachment[2]})
 * @param fileName as the sender named it, or null
 */
public record IncomingFile(String part, String fileName, String mediaType, long size, String sha256, Path spooled)
        implements AutoCloseable {

    public InputStream open() throws IOException {
        return Files.newInputStream(spooled);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
