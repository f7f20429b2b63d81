package gov.appeals.casework.boundary;

import gov.appeals.appeal.control.Appeals;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the dispatcher's queue for the desks that listen: one look at the database a second for
 * all of them on this node, whichever node registered the appeal, and only while someone listens.
 * Its state is guarded by a monitor of its own, never by synchronized methods: the CDI client
 * proxy copies that modifier and locks itself, so one desk waiting for a change would hold every
 * other desk's stream, and the watch's own look, behind it.
 */
@ApplicationScoped
public class QueueWatch {

    private static final Logger LOG = Logger.getLogger(QueueWatch.class.getName());
    /** A new appeal shows on a desk within this and the desk's own reload: under the two seconds asked. */
    static final long PERIOD_MS = 1_000;

    @Inject
    Appeals appeals;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Object lock = new Object();
    private ScheduledFuture<?> task;
    private int listening;
    private String mark = "";

    /** Someone listens from now on: the watch runs. */
    String listen() {
        synchronized (lock) {
            if (listening++ == 0) {
                task = scheduler.scheduleWithFixedDelay(this::look, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
            }
            return mark;
        }
    }

    void stopListening() {
        synchronized (lock) {
            if (--listening == 0 && task != null) {
                task.cancel(false);
                task = null;
            }
        }
    }

    /** The queue's mark once it differs from {@code seen}, or {@code seen} after {@code timeoutMs}. */
    String awaitChange(String seen, long timeoutMs) throws InterruptedException {
        synchronized (lock) {
            long until = System.currentTimeMillis() + timeoutMs;
            for (long left = timeoutMs; Objects.equals(mark, seen) && left > 0; left = until - System.currentTimeMillis()) {
                lock.wait(left);
            }
            return mark;
        }
    }

    private void look() {
        try {
            String now = appeals.dispatcherQueueMark();
            synchronized (lock) {
                if (!now.equals(mark)) {
                    mark = now;
                    lock.notifyAll();
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The dispatcher's queue could not be read; trying again in a second", e);
        }
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            if (task != null) {
                task.cancel(false);
            }
            lock.notifyAll();
        }
    }
}
