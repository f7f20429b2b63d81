package gov.appeals.publiclookup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Guessing access codes is slowed per client address: five failures in ten minutes, then a wait. */
class LookupThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T04:00:00Z");

    private static LookupThrottle throttle() {
        LookupThrottle throttle = new LookupThrottle();
        throttle.maxFailures = 5;
        throttle.windowSeconds = 600;
        return throttle;
    }

    @Test
    void theFifthFailureInTheWindowMakesTheClientWaitUntilTheFirstLeavesIt() {
        LookupThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", T0.plusSeconds(60L * i));
            assertTrue(throttle.retryAfter("10.0.0.1", T0.plusSeconds(60L * i)).isEmpty(), "failure " + (i + 1));
        }
        throttle.failed("10.0.0.1", T0.plusSeconds(240));
        assertEquals(OptionalLong.of(361), throttle.retryAfter("10.0.0.1", T0.plusSeconds(240)),
                "the first failure leaves the window at 600 s");
        assertTrue(throttle.retryAfter("10.0.0.1", T0.plusSeconds(601)).isEmpty(), "four failures left in the window");
    }

    @Test
    void clientsAreCountedApart() {
        LookupThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1", T0);
        }
        assertTrue(throttle.retryAfter("10.0.0.1", T0).isPresent());
        assertTrue(throttle.retryAfter("10.0.0.2", T0).isEmpty());
    }

    @Test
    void theWaitIsNeverLessThanASecond() {
        LookupThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1", T0);
        }
        assertEquals(OptionalLong.of(1), throttle.retryAfter("10.0.0.1", T0.plusSeconds(599).plusMillis(999)));
    }
}
