package gov.appeals.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the method's limit with 413: at once when Content-Length says so,
 * and while reading when the body is chunked. The server's own limit (max-post-size, set by the
 * CLI scripts) stays above every endpoint's, so that these, not the listener, decide.
 */
@Provider
public class BodyLimitFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        BodyLimit declared = resource.getResourceMethod().getAnnotation(BodyLimit.class);
        context.register(new Limit(declared == null ? BodyLimit.DEFAULT : declared.bytes()));
    }

    static WebApplicationException tooLarge(long limit) {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + limit + " bytes, the limit of this endpoint"));
    }

    static final class Limit implements ContainerRequestFilter, ReaderInterceptor {
        private final long limit;

        Limit(long limit) {
            this.limit = limit;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > limit) {
                        throw tooLarge(limit);
                    }
                } catch (NumberFormatException ignored) {
                    // the container rejects a malformed Content-Length itself
                }
            }
        }

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            context.setInputStream(new Bounded(context.getInputStream(), limit));
            return context.proceed();
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
