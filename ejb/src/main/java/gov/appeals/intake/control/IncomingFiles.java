package gov.appeals.intake.control;

import gov.appeals.platform.Digests;
import gov.appeals.platform.Refusal;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * Takes in the files that come with a written or electronic appeal: scanned pages, photos, PDF.
 * Each is read once, to a temporary file, counting its size and SHA-256 on the way; its type is
 * then detected from its content by Apache Tika, never from its name or the type the sender
 * declared, and only PDF, JPEG, PNG and TIFF are taken. A refusal names the part and leaves
 * nothing behind.
 */
public final class IncomingFiles {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 20;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    /** The types taken, by the name a person knows them by. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF", "image/jpeg", "JPEG", "image/png", "PNG", "image/tiff", "TIFF");

    private static final Tika TIKA = new Tika();

    private IncomingFiles() {
    }

    /**
     * Reads one file to a temporary file and checks it.
     *
     * @param allowance how many bytes the appeal's files may still take, at most {@link #MAX_FILE_BYTES}
     * @throws Refusal {@code TOO_LARGE} past the allowance, {@code INVALID_FIELD} for a type not taken
     */
    public static IncomingFile receive(String part, String fileName, InputStream content, long allowance) {
        long limit = Math.min(allowance, MAX_FILE_BYTES);
        Path spool = null;
        try {
            spool = Files.createTempFile("appeal-file-", ".part");
            MessageDigest sha256 = Digests.sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(spool)) {
                size = copyAtMost(in, out, limit);
            }
            if (size > limit) {
                throw Refusal.tooLarge(part, describe(fileName) + (limit < MAX_FILE_BYTES
                        ? " takes the appeal's files past " + MAX_TOTAL_BYTES / (1024 * 1024) + " MiB"
                        : " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
            }
            if (size == 0) {
                throw Refusal.invalidField(part, describe(fileName) + " is empty");
            }
            String type = detect(spool);
            if (!ALLOWED.containsKey(type)) {
                throw Refusal.invalidField(part, describe(fileName) + " is " + type
                        + " by its content; only PDF, JPEG, PNG and TIFF are taken");
            }
            IncomingFile file = new IncomingFile(part, fileName, type, size, HexFormat.of().formatHex(sha256.digest()), spool);
            spool = null;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + part, e);
        } finally {
            deleteQuietly(spool);
        }
    }

    /** The number of files an appeal may bring; past it the request is refused before any is read. */
    public static void checkCount(String part, int files) {
        if (files > MAX_FILES) {
            throw Refusal.tooLarge(part, files + " files; an appeal takes at most " + MAX_FILES);
        }
    }

    static String detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in);
        }
    }

    /** Copies up to {@code limit} bytes and one more, so that the caller sees when there were more. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int n;
        while (copied <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - copied))) > 0) {
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    private static String describe(String fileName) {
        return fileName == null || fileName.isBlank() ? "The file" : "\"" + fileName + "\"";
    }

    private static void deleteQuietly(Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // A temporary file the system cleans up in time.
            }
        }
    }
}
