package gov.appeals.intake.boundary;

import gov.appeals.intake.control.IdempotencyKey;
import gov.appeals.intake.control.IncomingFile;
import gov.appeals.intake.control.IntakeService;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.JsonbConfiguration;
import gov.appeals.submission.control.CheckedSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** What the intake endpoints share: idempotency, the hand-over to intake, and the receipts' shape. */
@ApplicationScoped
public class IntakeDesk {

    public static final String IDEMPOTENCY_KEY = IdempotencyKey.HEADER;

    @Inject
    IntakeService intake;

    @Inject
    AppealsSettings settings;

    public List<ReceiptView> accept(Channel channel, Object request, List<CheckedSubmission> appeals, String idempotencyKey,
            SecurityContext security) {
        return accept(channel, request, appeals, List.of(), idempotencyKey, security);
    }

    /** One appeal with the files that came with it, checked and spooled: the same key means the same files too. */
    public List<ReceiptView> accept(Channel channel, Object request, List<CheckedSubmission> appeals,
            List<IncomingFile> files, String idempotencyKey, SecurityContext security) {
        String filedBy = Caller.name(security);
        IdempotencyKey key = idempotencyKey == null ? null
                : IdempotencyKey.of(idempotencyKey, JsonbConfiguration.JSONB.toJson(request), files);
        List<Receipt> receipts = intake.accept(filedBy, channel, key, appeals, files);
        return receipts.stream().map(r -> ReceiptView.of(r, settings.zone(), null)).toList();
    }
}
