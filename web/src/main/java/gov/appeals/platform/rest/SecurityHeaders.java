package gov.appeals.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every answer of the API: no caching unless a resource allows it (nearly every answer
 * can hold personal data, and a shared computer's browser keeps what it caches); pages may load
 * nothing from elsewhere, run no script, be framed by no one, post only back here, and send no
 * referrer (their address carries the citizen's number). X-Content-Type-Options is the server's,
 * on every answer including those not made here (configure-server.cli).
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            headers.putSingle("Content-Security-Policy", PAGE_POLICY);
            headers.putSingle("Referrer-Policy", "no-referrer");
        }
    }
}
