package gov.appeals.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing of access codes, wherever a code opens an appeal: the citizen's public
 * lookup (by network address) and the desks' verdicts (by account). A client with too many failed
 * attempts within the window is refused until the oldest of them leaves it.
 *
 * <p>An attempt is counted before the code is looked up and taken back when it opens an appeal,
 * so that parallel requests cannot all pass the check before any of them has failed. Kept in
 * memory per node: a guesser spread over a cluster's nodes gets the limit once per node, still
 * far below what guessing a code out of 31^8 would need.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccessCodeThrottle {

    @Inject
    @ConfigProperty(name = "appeals.public-lookup.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "appeals.public-lookup.window-seconds", defaultValue = "600")
    long windowSeconds;

    @Inject
    Clock clock;

    /** Per client, the attempts in the window that did not (or not yet) open an appeal; changed only inside compute. */
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /**
     * Counts an attempt of the client at {@code now}, as failed until {@link #succeeded} says
     * otherwise. Empty when it may go on; otherwise the seconds it must wait, and nothing counted.
     */
    public OptionalLong attempt(String client, Instant now) {
        long[] wait = {0};
        failures.compute(client, (c, times) -> {
            Deque<Instant> counted = times == null ? new ArrayDeque<>() : times;
            forgetOld(counted, now);
            if (counted.size() >= maxFailures) {
                Instant free = counted.peekFirst().plus(window());
                wait[0] = Math.max(1, Duration.between(now, free).toSeconds() + 1);
            } else {
                counted.addLast(now);
            }
            return counted.isEmpty() ? null : counted;
        });
        return wait[0] == 0 ? OptionalLong.empty() : OptionalLong.of(wait[0]);
    }

    /** The attempt made at {@code at} opened an appeal: it no longer counts against the client. */
    public void succeeded(String client, Instant at) {
        failures.computeIfPresent(client, (c, times) -> {
            times.removeLastOccurrence(at);
            return times.isEmpty() ? null : times;
        });
    }

    /** Drops clients whose failures have all left the window, so the map does not grow for ever. */
    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "access code throttle cleanup")
    void cleanup() {
        Instant now = clock.instant();
        for (String client : failures.keySet()) {
            failures.computeIfPresent(client, (c, times) -> {
                forgetOld(times, now);
                return times.isEmpty() ? null : times;
            });
        }
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window());
        while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
            times.removeFirst();
        }
    }

    private Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }
}
