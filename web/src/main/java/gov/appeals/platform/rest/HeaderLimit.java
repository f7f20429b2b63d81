package gov.appeals.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses requests whose headers together exceed {@link #MAX_BYTES} with 431: no client of the API
 * needs more, and oversized headers are how caches and proxies are confused. The server's listener
 * (max-header-size, configure-server.cli) stops larger ones still before they are read whole.
 */
@Provider
@PreMatching
@Priority(1)
public class HeaderLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 16 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length() + 4;
            }
        }
        if (size > MAX_BYTES) {
            request.abortWith(Problem.response(new Status431(),
                    "The request's headers take " + size + " bytes, more than the " + MAX_BYTES + " allowed"));
        }
    }

    /** 431 Request Header Fields Too Large (RFC 6585), which Response.Status does not name. */
    static final class Status431 implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 431;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Request Header Fields Too Large";
        }
    }
}
