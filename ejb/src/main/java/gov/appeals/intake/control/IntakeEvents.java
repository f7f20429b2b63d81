package gov.appeals.intake.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What intake tells the rest of the system. Callers never see the messaging behind it. Nothing
 * here joins the caller's transaction: messages are sent after the receipts they announce have
 * committed, so that a message never names a receipt that may still roll back.
 */
public interface IntakeEvents {

    /**
     * Appeals were taken down and their receipts committed: hand them over for registration, all
     * or none. A message may arrive twice (a resend after a lost send); registration ignores the
     * second.
     *
     * @throws RuntimeException when the broker did not take them; the receipts stay queued for the relay
     */
    void appealsTaken(List<HandOver> messages);

    /**
     * When the oldest message still waiting on the intake queue was sent, or empty when none is
     * waiting. A queued receipt handed over well before that was lost on its way, not delayed by
     * the backlog.
     */
    Optional<Instant> oldestWaiting();
}
