package gov.appeals.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Each signed-in account's requests on this node, as a bucket that holds
 * {@code appeals.rate-limit.burst} requests and refills at {@code appeals.rate-limit.per-second}:
 * a person at a console never comes near it, a runaway script or a stolen password is slowed to
 * it, with 429 and Retry-After. Calls without an account have limits of their own (the public
 * lookup's throttle, Open311's keys).
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class AccountRateLimit implements ContainerRequestFilter {

    private final double perSecond = ConfigProvider.getConfig()
            .getOptionalValue("appeals.rate-limit.per-second", Double.class).orElse(20.0);
    private final double burst = ConfigProvider.getConfig()
            .getOptionalValue("appeals.rate-limit.burst", Double.class).orElse(200.0);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Requests the account may still make now, refilled as time passes. */
    static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes one request; answers 0 when it may go, else the seconds until it may. */
        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || perSecond <= 0) {
            return;
        }
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(caller.getName(), name -> new Bucket(burst, now)).take(now, perSecond, burst);
        if (wait > 0) {
            request.abortWith(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "This account has made more requests than " + perSecond + " a second for a while; try again in "
                            + wait + " s")).header("Retry-After", wait).build());
        }
    }
}
