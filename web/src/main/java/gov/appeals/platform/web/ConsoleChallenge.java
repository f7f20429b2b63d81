package gov.appeals.platform.web;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * A browser answers {@code 401} with {@code WWW-Authenticate: Basic} by its own password dialog, and
 * a script's request waits on it. The consoles sign in with their own form and mark their requests
 * {@code X-Requested-With: XMLHttpRequest}; their {@code 401}s come without the challenge, so the
 * console shows its sign-in instead. Every other client is challenged as before.
 */
public class ConsoleChallenge implements ServletExtension {

    static final HttpString REQUESTED_WITH = new HttpString("X-Requested-With");
    static final String CONSOLE = "XMLHttpRequest";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            if (CONSOLE.equals(exchange.getRequestHeaders().getFirst(REQUESTED_WITH))) {
                exchange.addResponseCommitListener(committed -> {
                    if (committed.getStatusCode() == 401) {
                        committed.getResponseHeaders().remove(Headers.WWW_AUTHENTICATE);
                    }
                });
            }
            next.handleRequest(exchange);
        });
    }
}
