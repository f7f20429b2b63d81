package gov.appeals.intake.control;

import gov.appeals.platform.Digests;
import gov.appeals.platform.Refusal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client's {@code Idempotency-Key} with the hash of the request content it came with: the same
 * key with the same content is a retry and gets the first receipts; with another content it is
 * refused. Every door makes its key here, so that the rule for a key and the hash are written once.
 */
public record IdempotencyKey(String value, String requestHash) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

    public IdempotencyKey {
        if (!valid(value)) {
            throw Refusal.invalidField(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        Objects.requireNonNull(requestHash, "requestHash");
    }

    /** Whether a client's value can be a key as it is (a mail's Message-ID, say, may need hashing first). */
    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /**
     * The key with the hash of the request: {@code content} is the request's content as its door
     * reads it (the JSON as bound, the form's fields), so that the same request sent again with other
     * spacing or order is the same request; the files that came with it count, in order.
     */
    public static IdempotencyKey of(String value, String content, List<IncomingFile> files) {
        return new IdempotencyKey(value, contentHash(content, files));
    }

    /**
     * The id of the receipt at {@code position} of the request this key carries, for the account
     * that sent it: the same on every retry, so that a receipt kept when the key's record was lost
     * (H2 can keep one row of a committed transaction and lose another across a crash) is found
     * again rather than given twice. SHA-256 of the three, as a UUID of version 8 (RFC 9562).
     */
    public UUID receiptId(String filedBy, int position) {
        byte[] hash = Digests.sha256().digest(("receipt\n" + filedBy + "\n" + value + "\n" + position)
                .getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** SHA-256 of the content, then of each file's own SHA-256 on a line of its own. */
    public static String contentHash(String content, List<IncomingFile> files) {
        MessageDigest sha256 = Digests.sha256();
        sha256.update(content.getBytes(StandardCharsets.UTF_8));
        files.forEach(f -> sha256.update(("\n" + f.sha256()).getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
