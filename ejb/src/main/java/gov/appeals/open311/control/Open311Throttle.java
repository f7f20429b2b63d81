package gov.appeals.open311.control;

import gov.appeals.open311.entity.Open311Key;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each Open311 key's request rate: at most its requests per minute, counted per calendar minute,
 * per node. An app gone wrong (a retry loop, a flood of reports) is held back before it fills the
 * intake queue for everyone else; a cluster lets a key through once per node, which is still a
 * limit.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Open311Throttle {

    @Inject
    Clock clock;

    private final Map<Long, Minute> minutes = new ConcurrentHashMap<>();

    /** One key's requests in one minute. */
    private static final class Minute {
        final long epochMinute;
        int requests;

        Minute(long epochMinute) {
            this.epochMinute = epochMinute;
        }
    }

    /** Counts a request of this key; the seconds to wait when it is over its limit, else empty. */
    public OptionalLong admit(Open311Key key) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        Minute current = minutes.compute(key.getId(),
                (id, m) -> m == null || m.epochMinute != minute ? new Minute(minute) : m);
        synchronized (current) {
            if (current.requests >= key.getRequestsPerMinute()) {
                return OptionalLong.of(Math.max(1, (minute + 1) * 60 - now.getEpochSecond()));
            }
            current.requests++;
            return OptionalLong.empty();
        }
    }

    /** Forgets keys idle for a minute or more, so revoked and quiet keys do not stay in memory. */
    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "Open311 throttle cleanup")
    void cleanup() {
        long minute = clock.instant().getEpochSecond() / 60;
        minutes.values().removeIf(m -> m.epochMinute < minute);
    }
}
