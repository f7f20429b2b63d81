package gov.appeals.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS through an HTTP gateway: {@code POST} of {@code {"to", "text", "reference"}} as JSON to
 * {@code appeals.sms.gateway-url}, with an optional bearer token; any 2xx answer means accepted.
 */
@ApplicationScoped
public class SmsGateway {

    /** Found once: Json.createX looks the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "appeals.sms.gateway-url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "appeals.sms.gateway-token")
    Optional<String> token;

    /** Whether SMS can be sent at all: a gateway is configured. */
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    public void send(String to, String text, long reference) throws IOException, InterruptedException {
        if (!configured()) {
            throw new IOException("No SMS gateway is configured (appeals.sms.gateway-url)");
        }
        String json = JSON.createObjectBuilder().add("to", to).add("text", text).add("reference", reference).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.get().strip())).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            throw new IOException("The SMS gateway at " + url.get().strip() + " could not be reached ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The SMS gateway answered HTTP " + response.statusCode());
        }
    }
}
