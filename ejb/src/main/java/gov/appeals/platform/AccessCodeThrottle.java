package gov.appeals.publiclookup.control;

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
 * Slows down guessing of access codes: a client (by network address) with too many failed
 * lookups within the window is refused until the oldest of them leaves it. Kept in memory per
 * node: a guesser spread over a cluster's nodes gets the limit once per node, still far below
 * what guessing a code out of 31^8 would need.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LookupThrottle {

    @Inject
    @ConfigProperty(name = "appeals.public-lookup.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "appeals.public-lookup.window-seconds", defaultValue = "600")
    long windowSeconds;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Seconds the client must wait before trying again, or empty when it may try now. */
    public OptionalLong retryAfter(String client, Instant now) {
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return OptionalLong.empty();
        }
        synchronized (times) {
            forgetOld(times, now);
            if (times.size() < maxFailures) {
                return OptionalLong.empty();
            }
            Instant free = times.peekFirst().plus(window());
            return OptionalLong.of(Math.max(1, Duration.between(now, free).toSeconds() + 1));
        }
    }

    public void failed(String client, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
        }
    }

    /** Drops clients whose failures have all left the window, so the map does not grow for ever. */
    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "lookup throttle cleanup")
    void cleanup() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                forgetOld(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
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
