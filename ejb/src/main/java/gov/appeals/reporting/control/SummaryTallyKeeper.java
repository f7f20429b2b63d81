package gov.appeals.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

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
public class SummaryTallyKeeper {

    private static final Logger LOG = Logger.getLogger(SummaryTallyKeeper.class.getName());
    static final long RUN_LIMIT_MS = 10_000;
    static final long PAUSE_MS = 10_000;

    @Inject
    SummaryTally tally;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What one run did: appeals tallied, and how many were still pending at its end (-1: not counted). */
    public record Run(int tallied, long pending, boolean skipped) {
    }

    @PostConstruct
    void start() {
        next();
    }

    @Timeout
    void scheduled() {
        try {
            run(false);
        } catch (RuntimeException e) {
            // A batch in a deadlock or a lock timeout with case work rolled back whole; the next run
            // retries it. Caught, so that the container does not retry this timeout beside the next one.
            LOG.log(Level.WARNING, "Summary tally: a batch failed, the next run takes it again", e);
        } finally {
            next();
        }
    }

    private void next() {
        timers.createSingleActionTimer(PAUSE_MS, new TimerConfig("summary tally", false));
    }

    /** Runs the tally now and counts what is left pending, for an administrator (after an upgrade, a bulk load). */
    public Run runNow() {
        return run(true);
    }

    private Run run(boolean countPending) {
        if (!running.compareAndSet(false, true)) {
            return new Run(0, countPending ? tally.pending() : -1, true);
        }
        try {
            long until = System.currentTimeMillis() + RUN_LIMIT_MS;
            int tallied = 0;
            int batch;
            do {
                batch = tally.tallyNextBatch();
                tallied += batch;
            } while (batch > 0 && System.currentTimeMillis() < until);
            return new Run(tallied, countPending ? tally.pending() : -1, false);
        } finally {
            running.set(false);
        }
    }
}
