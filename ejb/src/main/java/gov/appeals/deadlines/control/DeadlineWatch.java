package gov.appeals.deadlines.control;

import gov.appeals.appeal.entity.DeadlineMark;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Watches the answer terms: every quarter of an hour, appeals due within the coming working days
 * are marked DUE_SOON and those past due OVERDUE, and appeals nobody has taken up within the
 * forwarding term FORWARDING_OVERDUE, each once, in history and on the deadlines topic.
 * The timer is persistent and, with the server's timer store in the shared database
 * (configure-server.cli), fires on one node of a cluster at a time; a missed run is caught up
 * when a server comes back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    /** A bound on one run, so that a batch failing again and again cannot keep the run going. */
    private static final int MAX_BATCHES = 10_000;

    @Inject
    DeadlineMarking marks;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What one run found. */
    public record Run(Instant at, int dueSoon, int overdue, int forwardingOverdue, boolean skipped) {
    }

    @Schedule(minute = "*/15", hour = "*", persistent = true, info = "deadline watch")
    public void scheduled() {
        Run run = runNow();
        // One line a quarter hour, naming the node: in a cluster it shows the run happened once, and where.
        LOG.info(() -> "Deadline watch on " + System.getProperty("jboss.node.name", "this node") + ": " + run.dueSoon()
                + " appeals newly due soon, " + run.overdue() + " newly overdue, " + run.forwardingOverdue()
                + " newly past the forwarding term" + (run.skipped() ? " (skipped: a run was going on)" : ""));
    }

    /** Runs the watch now, as of the application's clock; a run already going on this node is not doubled. */
    public Run runNow() {
        Instant now = clock.instant();
        if (!running.compareAndSet(false, true)) {
            return new Run(now, 0, 0, 0, true);
        }
        try {
            Instant horizon = deadlines.terms().dueSoonHorizon(now);
            int overdue = pass(DeadlineMark.OVERDUE, now, horizon);
            int dueSoon = pass(DeadlineMark.DUE_SOON, now, horizon);
            int forwarding = pass(DeadlineMark.FORWARDING_OVERDUE, now, horizon);
            return new Run(now, dueSoon, overdue, forwarding, false);
        } finally {
            running.set(false);
        }
    }

    private int pass(DeadlineMark mark, Instant now, Instant horizon) {
        int marked = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Long> ids = marks.unmarked(mark, now, horizon);
            if (ids.isEmpty()) {
                break;
            }
            marked += marks.mark(mark, ids, now);
        }
        return marked;
    }
}
