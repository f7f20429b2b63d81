package gov.appeals.reporting.control;

import gov.appeals.platform.RepeatingJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Keeps the summary's tally close behind the appeals: ten seconds after the end of each run,
 * batches until nothing is pending or the run has taken {@link #RUN_LIMIT_MS} (so a long catch-up,
 * after an upgrade, goes on in steps that never overlap). The summary is exact whether or not the
 * tally has caught up (it adds what is pending); the tally only keeps that addition small. The
 * timer is not persistent and runs on every node: their batches take turns (SummaryTally), and a
 * missed run needs no catching up, the next one does it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SummaryTallyKeeper extends RepeatingJob {

    static final long RUN_LIMIT_MS = 10_000;
    static final long PAUSE_MS = 10_000;

    @Inject
    SummaryTally tally;

    /** What one run did: appeals tallied, and how many were still pending at its end (-1: not counted). */
    public record Run(int tallied, long pending, boolean skipped) {
    }

    @Override
    protected long pauseMillis() {
        return PAUSE_MS;
    }

    @Override
    protected String jobName() {
        return "summary tally";
    }

    /** A batch that fails (a deadlock or a lock timeout with case work) rolls back whole; the next run takes it again. */
    @Override
    protected void runOnce() {
        run(false);
    }

    /** Runs the tally now and counts what is left pending, for an administrator (after an upgrade, a bulk load). */
    public Run runNow() {
        return run(true);
    }

    private Run run(boolean countPending) {
        return exclusively(() -> new Run(batchesUntilDone(tally::tallyNextBatch, RUN_LIMIT_MS),
                        countPending ? tally.pending() : -1, false))
                .orElseGet(() -> new Run(0, countPending ? tally.pending() : -1, true));
    }
}
