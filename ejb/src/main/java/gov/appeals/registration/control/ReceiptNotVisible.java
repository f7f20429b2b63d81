package gov.appeals.registration.control;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * The message names a receipt the database does not show (yet). Normally a receipt is committed
 * before its message can be read; while the database restarts, transaction recovery may commit it
 * minutes later than the message. The listener then defers the message instead of spending its
 * few delivery attempts. Thrown before anything is written, and it leaves the transaction
 * alone, so that the deferral can commit with the consumption of the message.
 */
@ApplicationException(rollback = false)
public class ReceiptNotVisible extends RegistrationFailure {

    private final UUID receiptId;

    public ReceiptNotVisible(UUID receiptId) {
        super("No receipt " + receiptId + " was given for this message");
        this.receiptId = receiptId;
    }

    public UUID receiptId() {
        return receiptId;
    }
}
