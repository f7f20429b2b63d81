package gov.appeals.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now". In production it is the system clock. With
 * {@code appeals.clock.adjustable=true} (acceptance tests only, never production) an administrator
 * can move it ({@code PUT /api/v1/admin/clock}), so that terms of days can be tested without
 * waiting for days. The offset belongs to this node only.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "appeals.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private final ShiftedClock clock = new ShiftedClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Makes "now" the given instant, the clock running on from there. */
    public void setNow(Instant now) {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable on this server");
        }
        clock.offset = Duration.between(Instant.now(), now);
    }

    public void reset() {
        clock.offset = Duration.ZERO;
    }

    public Duration offset() {
        return clock.offset;
    }

    /** The system clock in UTC, plus an offset that is zero unless a test moved it. */
    static final class ShiftedClock extends Clock {
        volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            Duration shift = offset;
            return shift.isZero() ? Instant.now() : Instant.now().plus(shift);
        }
    }
}
