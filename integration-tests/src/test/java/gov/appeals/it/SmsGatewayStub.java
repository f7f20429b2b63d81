package gov.appeals.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real HTTP server standing where the SMS gateway would be (the test server is configured to
 * post to it): it keeps what it receives, and can answer 503 to chosen recipients a number of times.
 */
public final class SmsGatewayStub implements BeforeAllCallback, AfterAllCallback {

    private final int port = Integer.getInteger("it.sms.port", 3180);
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonObject sms = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                        .readObject();
                AtomicInteger failing = failures.get(sms.getString("to"));
                int status = failing != null && failing.getAndDecrement() > 0 ? 503 : 202;
                if (status == 202) {
                    received.add(sms);
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The next {@code times} messages to this number are refused with 503. */
    public void failNext(String to, int times) {
        failures.put(to, new AtomicInteger(times));
    }

    public List<JsonObject> receivedBy(String to) {
        return received.stream().filter(m -> m.getString("to").equals(to)).toList();
    }
}
