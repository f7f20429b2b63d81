package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.intake.control.Attachments;
import gov.appeals.intake.entity.Attachment;
import gov.appeals.platform.Refusal;
import gov.appeals.routing.control.WorkScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The files that came with an appeal, for those who may read the appeal: each look at them is a
 * read of personal data and is recorded like one.
 */
@Stateless
public class AppealFiles {

    @Inject
    Appeals appeals;

    @Inject
    Attachments attachments;

    public List<Attachment> list(String registrationNumber, Reader reader, WorkScope scope) {
        return attachments.ofReceipt(visible(registrationNumber, reader, scope, AccessLog.ATTACHMENTS).getReceiptId());
    }

    /** One file's description, its bytes to be read a piece at a time with {@link #piece}. */
    public Attachment file(String registrationNumber, long id, Reader reader, WorkScope scope) {
        Appeal appeal = visible(registrationNumber, reader, scope, AccessLog.ATTACHMENT + " " + id);
        return attachments.ofReceipt(appeal.getReceiptId(), id)
                .orElseThrow(() -> Refusal.notFound("Appeal " + registrationNumber
                        + " has no file " + id));
    }

    public byte[] piece(Attachment file, int seq) {
        return attachments.chunk(file.getId(), seq);
    }

    private Appeal visible(String registrationNumber, Reader reader, WorkScope scope, String what) {
        return appeals.readBy(registrationNumber, reader, scope, what)
                .orElseThrow(() -> Appeal.notFound(registrationNumber));
    }
}
