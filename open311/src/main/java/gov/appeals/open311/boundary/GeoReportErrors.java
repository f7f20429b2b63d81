package gov.appeals.open311.boundary;

import gov.appeals.platform.Refusal;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of this endpoint in GeoReport's format, {@code [{code, description}]}, in the format
 * the URL's extension names (XML when it names none): many clients never look at the status and
 * read the body. The status is GeoReport's: 404 for what does not exist, 403 for a missing or
 * wrong api_key, 400 for the rest, and 413, 429, 500 where nothing else fits. No stack trace,
 * class name or SQL ever goes out.
 */
@Provider
public class GeoReportErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(GeoReportErrors.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof Refusal refusal) {
            return error(status(refusal), refusal.field() == null ? refusal.getMessage()
                    : refusal.field() + ": " + refusal.getMessage(), null);
        }
        if (e instanceof Throttled throttled) {
            return error(429, throttled.getMessage(), throttled.retryAfterSeconds);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return error(status, switch (status) {
                case 404 -> "No such resource: GeoReport v2 resources end in .xml or .json, see discovery.xml";
                case 405 -> "This resource does not take that method: requests takes GET and POST, the others GET";
                case 415 -> "Send application/x-www-form-urlencoded";
                default -> "The request could not be read";
            }, null);
        }
        LOG.log(Level.SEVERE, "Open311 request failed: " + uri.getRequestUri(), e);
        return error(500, "The service failed to answer; try again later", null);
    }

    private static int status(Refusal refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case TOO_LARGE -> 413;
            default -> 400;
        };
    }

    private Response error(int status, String description, Long retryAfter) {
        Format format = Format.ofPath(uri.getPath());
        Response.ResponseBuilder answer = Response.status(status)
                .entity(GeoReportResource.output(format, GeoReportDocument.errors(status, description)))
                .type(format.mediaType());
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return answer.build();
    }
}
