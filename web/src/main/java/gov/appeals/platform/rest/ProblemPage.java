package gov.appeals.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the web container (web.xml): what the server answers itself, before or
 * outside the API (a login refused, a path that is no resource, a request it cannot parse), is a
 * problem detail like the API's own, never the server's HTML page.
 */
@WebServlet(name = "problem-page", urlPatterns = ProblemPage.PATH)
public class ProblemPage extends HttpServlet {

    static final String PATH = "/problem-page";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = switch (status) {
            case 401 -> "Sign in: this needs an account (HTTP Basic, or a bearer token where the server uses one)";
            case 403 -> "Your account's role may not do this";
            case 404 -> "Not found";
            case 405 -> "This method is not allowed here";
            case 400 -> "The request could not be read";
            default -> status >= 500 ? "The request could not be completed; nothing was accepted. Try again, and report it if it persists."
                    : title;
        };
        write(response, status, title, detail);
    }

    /** A problem detail written straight to a servlet response, for answers made outside the API. */
    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        // Set as a header: setContentType would add a charset, which application/problem+json does not take.
        response.setHeader("Content-Type", Problem.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JsonbConfiguration.JSONB.toJson(new Problem("about:blank", title, status, detail, null))
                .getBytes(StandardCharsets.UTF_8));
    }
}
