package gov.appeals.intake.boundary;

import gov.appeals.intake.control.IdempotencyKey;
import gov.appeals.intake.control.IncomingFile;
import gov.appeals.intake.control.IntakeService;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Digests;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.JsonbConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** What the three intake endpoints share: idempotency, the hand-over to intake, and the receipts' shape. */
@ApplicationScoped
public class IntakeDesk {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    IntakeService intake;

    @Inject
    AppealsSettings settings;

    public List<ReceiptView> accept(Channel channel, Object request, List<AppealSubmission> appeals, String idempotencyKey,
            SecurityContext security) {
        return accept(channel, request, appeals, List.of(), idempotencyKey, security);
    }

    /** One appeal with the files that came with it, checked and spooled: the same key means the same files too. */
    public List<ReceiptView> accept(Channel channel, Object request, List<AppealSubmission> appeals,
            List<IncomingFile> files, String idempotencyKey, SecurityContext security) {
        String filedBy = Caller.name(security);
        IdempotencyKey key = keyOf(idempotencyKey, request, files);
        List<Receipt> receipts = intake.accept(filedBy, channel, key, appeals, files);
        return receipts.stream().map(r -> ReceiptView.of(r, settings.zone())).toList();
    }

    /**
     * The client's key with the hash of what it came with, or null without a key. The same key
     * comes back with the same content when a client retries; with another content it is refused.
     */
    static IdempotencyKey keyOf(String header, Object request) {
        return keyOf(header, request, List.of());
    }

    static IdempotencyKey keyOf(String header, Object request, List<IncomingFile> files) {
        return header == null ? null : new IdempotencyKey(checked(header), hash(request, files));
    }

    private static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw InvalidRequestException.of(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }

    /**
     * The request's content, not its bytes: the same appeal re-sent with other spacing is the same
     * request; with files, the same files in the same order.
     */
    private static String hash(Object request, List<IncomingFile> files) {
        MessageDigest sha256 = Digests.sha256();
        sha256.update(JsonbConfiguration.JSONB.toJson(request).getBytes(StandardCharsets.UTF_8));
        files.forEach(f -> sha256.update(("\n" + f.sha256()).getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
