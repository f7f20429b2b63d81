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
 * Refuses requests whose headers together exceed {@link #MAX_BYTES} with 431, naming the largest
 * header, and a URL longer than {@link #MAX_URL} with 414: no client of the API needs more, and
 * oversized headers are how caches and proxies are confused. Both are problem details, like every
 * refusal; the server's listener (max-header-size, configure-server.cli) drops larger requests
 * still, before they are read whole.
 */
@Provider
@PreMatching
@Priority(1)
public class HeaderLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_URL = 8 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long size = 0;
        String largest = null;
        long largestSize = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                long one = header.getKey().length() + value.length() + 4;
                size += one;
                if (one > largestSize) {
                    largest = header.getKey();
                    largestSize = one;
                }
            }
        }
        if (size > MAX_BYTES) {
            request.abortWith(Problem.response(new Status(431, "Request Header Fields Too Large"),
                    "The request's headers take " + size + " bytes, more than the " + MAX_BYTES + " allowed",
                    List.of(new FieldError(largest, "takes " + largestSize + " bytes; the headers may take "
                            + MAX_BYTES + " in all"))));
            return;
        }
        int url = request.getUriInfo().getRequestUri().toString().length();
        if (url > MAX_URL) {
            request.abortWith(Problem.response(new Status(414, "URI Too Long"),
                    "The request's URL has " + url + " characters, more than the " + MAX_URL + " allowed",
                    List.of(new FieldError("url", "must be at most " + MAX_URL + " characters; send long input in a body"))));
        }
    }

    /** 431 (RFC 6585) and 414, which Response.Status does not name. */
    record Status(int getStatusCode, String getReasonPhrase) implements Response.StatusType {
        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }
    }
}
