package gov.appeals.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job of a singleton that every node runs again a pause after its last run ended: a
 * timer that is not persistent, so a node that was down needs no catching up (the next run does it),
 * and runs on one node never overlap (a run asked for meanwhile is skipped). A failed run is logged
 * and left to the next one. Work shared between nodes takes turns by row locks, not here.
 */
public abstract class RepeatingJob {

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    /** The pause between the end of one run and the start of the next. */
    protected abstract long pauseMillis();

    /** One scheduled run. */
    protected abstract void runOnce();

    /** For the log and the timer: "summary tally". */
    protected abstract String jobName();

    @PostConstruct
    void start() {
        next();
    }

    @Timeout
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            Logger.getLogger(getClass().getName()).log(Level.WARNING,
                    "The " + jobName() + " failed this time; the next run takes it again", e);
        } finally {
            next();
        }
    }

    /** {@code run} now, unless a run of this node is going on (then empty). */
    protected <T> Optional<T> exclusively(Supplier<T> run) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(run.get());
        } finally {
            running.set(false);
        }
    }

    /** Batches one after another until one finds nothing to do or {@code limitMillis} have passed; answers how many items. */
    protected static int batchesUntilDone(java.util.function.IntSupplier batch, long limitMillis) {
        long until = System.currentTimeMillis() + limitMillis;
        int done = 0;
        int last;
        do {
            last = batch.getAsInt();
            done += last;
        } while (last > 0 && System.currentTimeMillis() < until);
        return done;
    }

    private void next() {
        timers.createSingleActionTimer(pauseMillis(), new TimerConfig(jobName(), false));
    }
}
