package gov.appeals.intake.control;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.RepeatingJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends again the messages of receipts that are still queued long after their message was handed
 * over: a send that failed, a node killed between the commit and the send, a start-up after a
 * crash. Every node runs it, a few seconds after its last run ended; claims take turns through row
 * locks (WaitingReceipts).
 *
 * <p>"Long after" is measured against the queue, not the clock alone: a receipt counts as lost when
 * its hand-over is {@code resend-after} older than the oldest message still waiting on the queue
 * (or than now, when none waits). Behind a backlog of a radio burst every receipt is old, but none
 * is older than the queue's head, so nothing is sent twice merely for waiting its turn.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeRelay extends RepeatingJob {

    private static final Logger LOG = Logger.getLogger(IntakeRelay.class.getName());
    static final int BATCH = 500;

    @Inject
    WaitingReceipts waiting;

    @Inject
    IntakeEvents events;

    @Inject
    AppealsSettings settings;

    @Override
    protected long pauseMillis() {
        return settings.relayPeriod().toMillis();
    }

    @Override
    protected String jobName() {
        return "intake relay";
    }

    /** The broker or the database away: the receipts stay queued, the next run tries again. */
    @Override
    protected void runOnce() {
        relay();
    }

    /** One round: every lost message found now is sent again. Returns how many. */
    public int relay() {
        return exclusively(() -> {
            // The system clock, as the broker's timestamps and the hand-over times are.
            Instant now = Instant.now();
            Instant head = events.oldestWaiting().filter(t -> t.isBefore(now)).orElse(now);
            Instant before = head.minus(settings.relayResendAfter());
            int sent = 0;
            List<HandOver> batch;
            do {
                batch = waiting.claim(before, BATCH, now);
                if (!batch.isEmpty()) {
                    events.appealsTaken(batch);
                    sent += batch.size();
                }
            } while (batch.size() == BATCH);
            if (sent > 0) {
                int count = sent;
                LOG.warning(() -> "Intake relay: sent " + count + " message(s) again whose receipts were queued"
                        + " but not on the queue (handed over before " + before + ")");
            }
            return sent;
        }).orElse(0);
    }
}
