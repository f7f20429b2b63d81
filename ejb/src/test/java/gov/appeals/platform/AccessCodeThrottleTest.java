package gov.appeals.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Guessing access codes is slowed per client: five failures in ten minutes, then a wait. */
class AccessCodeThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T04:00:00Z");

    private static AccessCodeThrottle throttle() {
        AccessCodeThrottle throttle = new AccessCodeThrottle();
        throttle.maxFailures = 5;
        throttle.windowSeconds = 600;
        return throttle;
    }

    @Test
    void theSixthAttemptAfterFiveFailuresWaitsUntilTheFirstLeavesTheWindow() {
        AccessCodeThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.attempt("10.0.0.1", T0.plusSeconds(60L * i)).isEmpty(), "attempt " + (i + 1));
        }
        assertEquals(OptionalLong.of(361), throttle.attempt("10.0.0.1", T0.plusSeconds(240)),
                "the first failure leaves the window at 600 s");
        assertTrue(throttle.attempt("10.0.0.1", T0.plusSeconds(601)).isEmpty(), "four failures left in the window");
    }

    @Test
    void anAttemptThatOpensAnAppealDoesNotCount() {
        AccessCodeThrottle throttle = throttle();
        for (int i = 0; i < 20; i++) {
            Instant at = T0.plusSeconds(i);
            assertTrue(throttle.attempt("account operator", at).isEmpty(), "attempt " + (i + 1));
            throttle.succeeded("account operator", at);
        }
    }

    @Test
    void clientsAreCountedApart() {
        AccessCodeThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.attempt("10.0.0.1", T0);
        }
        assertTrue(throttle.attempt("10.0.0.1", T0).isPresent());
        assertTrue(throttle.attempt("10.0.0.2", T0).isEmpty());
    }

    @Test
    void theWaitIsNeverLessThanASecond() {
        AccessCodeThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.attempt("10.0.0.1", T0);
        }
        assertEquals(OptionalLong.of(1), throttle.attempt("10.0.0.1", T0.plusSeconds(599).plusMillis(999)));
    }

    /** The review's finding: of 40 parallel wrong codes, 7 to 16 were looked up against a limit of 5. */
    @Test
    void parallelAttemptsGetNoMoreThanTheLimitThrough() throws Exception {
        AccessCodeThrottle throttle = throttle();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return throttle.attempt("10.0.0.9", T0).isEmpty();
                }));
            }
            start.countDown();
            int through = 0;
            for (Future<Boolean> attempt : attempts) {
                through += attempt.get() ? 1 : 0;
            }
            assertEquals(5, through);
        } finally {
            pool.shutdownNow();
        }
    }
}
