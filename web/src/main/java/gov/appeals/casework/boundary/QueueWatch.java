package gov.appeals.casework.boundary;

import gov.appeals.appeal.control.Appeals;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the dispatcher's queue for the desks that listen: one look at the database a second for
 * all of them, on this node, whichever node registered the appeal. A listener that has gone is
 * dropped at the next event or heartbeat.
 */
@ApplicationScoped
public class QueueWatch {

    private static final Logger LOG = Logger.getLogger(QueueWatch.class.getName());
    /** A new appeal shows on a desk within this and the desk's own reload: under the two seconds asked. */
    static final long PERIOD_MS = 1_000;
    static final int HEARTBEAT_EVERY = 15;

    @Inject
    Appeals appeals;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<SseEventSink, Sse> listeners = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;
    private volatile String mark;
    private int ticks;

    synchronized void subscribe(SseEventSink sink, Sse sse) {
        listeners.put(sink, sse);
        send(sink, sse, sse.newEventBuilder().name("changed").data(mark == null ? "" : mark).reconnectDelay(2_000).build());
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::look, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void look() {
        try {
            String now = appeals.dispatcherQueueMark();
            boolean changed = !Objects.equals(now, mark);
            mark = now;
            boolean heartbeat = ++ticks % HEARTBEAT_EVERY == 0;
            if (changed || heartbeat) {
                listeners.forEach((sink, sse) -> send(sink, sse, changed
                        ? sse.newEventBuilder().name("changed").data(now).build()
                        : sse.newEventBuilder().comment("still here").build()));
            }
            stopWhenNobodyListens();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The dispatcher's queue could not be read; trying again in a second", e);
        }
    }

    private void send(SseEventSink sink, Sse sse, OutboundSseEvent event) {
        if (sink.isClosed()) {
            listeners.remove(sink);
            return;
        }
        sink.send(event).whenComplete((done, failed) -> {
            if (failed != null) {
                listeners.remove(sink);
                sink.close();
            }
        });
    }

    private synchronized void stopWhenNobodyListens() {
        listeners.keySet().removeIf(SseEventSink::isClosed);
        if (listeners.isEmpty() && task != null) {
            task.cancel(false);
            task = null;
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
        listeners.keySet().forEach(SseEventSink::close);
        listeners.clear();
    }
}
