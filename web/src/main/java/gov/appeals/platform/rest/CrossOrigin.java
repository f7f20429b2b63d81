package gov.appeals.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-origin calls from browser applications: off unless {@code appeals.cors.origins} lists the
 * origins allowed (exact origins, comma-separated; no wildcard, since the API holds personal data).
 * A preflight from a listed origin is answered here (the API's security constraint leaves OPTIONS
 * to this filter); from any other origin it is a 403. An allowed origin's calls carry the headers
 * that let its scripts read the answer. No cookies are used, so credentials are never allowed.
 */
@WebFilter(filterName = "cross-origin", urlPatterns = "/api/v1/*")
public class CrossOrigin extends HttpFilter {

    static final String METHODS = "GET, POST, PUT, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, Idempotency-Key";
    static final String EXPOSED_HEADERS = "Location, ETag, Retry-After, Content-Disposition";
    static final String MAX_AGE_SECONDS = "600";

    private Set<String> origins = Set.of();

    @Override
    public void init() {
        origins = parse(ConfigProvider.getConfig().getOptionalValue("appeals.cors.origins", String.class).orElse(""));
    }

    /** The origins of a setting, as a browser sends them: scheme, host and port, no trailing slash. */
    static Set<String> parse(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean allowed = origin != null && origins.contains(origin);
        if ("OPTIONS".equals(request.getMethod())) {
            preflight(request, response, origin, allowed);
            return;
        }
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (!origins.isEmpty()) {
            response.addHeader("Vary", "Origin");
        }
        chain.doFilter(request, response);
    }

    private static void preflight(HttpServletRequest request, HttpServletResponse response, String origin, boolean allowed)
            throws IOException {
        if (origin == null || request.getHeader("Access-Control-Request-Method") == null) {
            ProblemPage.write(response, 405, "Method Not Allowed", "OPTIONS is answered only as a cross-origin preflight");
            return;
        }
        if (!allowed) {
            ProblemPage.write(response, 403, "Forbidden", "Cross-origin calls from " + origin + " are not allowed (appeals.cors.origins)");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Methods", METHODS);
        response.setHeader("Access-Control-Allow-Headers", REQUEST_HEADERS);
        response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
        response.setHeader("Vary", "Origin");
    }
}
