package gov.appeals.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.platform.Refusal;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Files are taken by what their content is, within their limits, and nothing is left of a refused one. */
class IncomingFilesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1,
        0, 0, 1, 0, 1, 0, 0};
    static final byte[] TIFF = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0};
    /** The start of a Windows executable, as a scan.pdf that is not one would begin. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private static IncomingFile receive(String name, byte[] content) {
        return IncomingFiles.receive("attachment[0]", name, new ByteArrayInputStream(content),
                IncomingFiles.MAX_TOTAL_BYTES);
    }

    @Test
    void pdfJpegPngAndTiffAreTakenByTheirContent() throws Exception {
        for (Object[] c : new Object[][] {{PDF, "application/pdf"}, {PNG, "image/png"}, {JPEG, "image/jpeg"},
            {TIFF, "image/tiff"}}) {
            byte[] content = (byte[]) c[0];
            try (IncomingFile file = receive("no-extension", content)) {
                assertEquals(c[1], file.mediaType());
                assertEquals(content.length, file.size());
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), file.sha256());
                try (InputStream in = file.open()) {
                    assertEquals(content.length, in.readAllBytes().length, "spooled whole");
                }
            }
        }
    }

    @Test
    void theNameAndTheDeclaredTypeCountForNothing() {
        Refusal renamed = assertThrows(Refusal.class, () -> receive("scan.pdf", EXE));
        assertEquals(Refusal.Kind.INVALID_FIELD, renamed.kind());
        assertEquals("attachment[0]", renamed.field());
        assertTrue(renamed.getMessage().contains("\"scan.pdf\""), renamed.getMessage());
        try (IncomingFile pdf = receive("photo.jpg", PDF)) {
            assertEquals("application/pdf", pdf.mediaType());
        }
        assertEquals(Refusal.Kind.INVALID_FIELD,
                assertThrows(Refusal.class, () -> receive("notes.txt", "Just text".getBytes(StandardCharsets.UTF_8))).kind());
    }

    @Test
    void aFileIsAtMostTenMebibytesAndTheAppealsFilesFiftyInAll() {
        byte[] big = new byte[(int) IncomingFiles.MAX_FILE_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Refusal tooLarge = assertThrows(Refusal.class, () -> receive("big.pdf", big));
        assertEquals(Refusal.Kind.TOO_LARGE, tooLarge.kind());
        assertTrue(tooLarge.getMessage().contains("larger than 10 MiB"), tooLarge.getMessage());
        try (IncomingFile exactly = receive("max.pdf", java.util.Arrays.copyOf(big, big.length - 1))) {
            assertEquals(IncomingFiles.MAX_FILE_BYTES, exactly.size());
        }
        Refusal pastTotal = assertThrows(Refusal.class,
                () -> IncomingFiles.receive("attachment[5]", "last.pdf", new ByteArrayInputStream(PDF), PDF.length - 1));
        assertEquals(Refusal.Kind.TOO_LARGE, pastTotal.kind());
        assertEquals("attachment[5]", pastTotal.field());
        assertTrue(pastTotal.getMessage().contains("past 50 MiB"), pastTotal.getMessage());
        assertEquals(Refusal.Kind.TOO_LARGE, assertThrows(Refusal.class,
                () -> IncomingFiles.checkCount("attachment", IncomingFiles.MAX_FILES + 1)).kind());
        IncomingFiles.checkCount("attachment", IncomingFiles.MAX_FILES);
    }

    @Test
    void anEmptyFileIsRefusedAndClosingDeletesTheSpool() {
        assertEquals(Refusal.Kind.INVALID_FIELD, assertThrows(Refusal.class, () -> receive("empty.pdf", new byte[0])).kind());
        IncomingFile file = receive("scan.png", PNG);
        assertTrue(Files.exists(file.spooled()));
        file.close();
        assertFalse(Files.exists(file.spooled()));
    }
}
