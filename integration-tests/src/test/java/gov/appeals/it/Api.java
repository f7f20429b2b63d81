package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The API as its clients see it: HTTP with the demo accounts (or bearer tokens), answers parsed as JSON. */
public final class Api {

    public static final String PASSWORD = "demo";
    /**
     * Exchanges are checked against the API's document from the test JVM; a probe inside the server
     * carries this class without the checker and its libraries.
     */
    private static final boolean CHECKED = Api.class.getClassLoader().getResource("gov/appeals/it/Contract.class") != null;
    private static final Duration REGISTRATION_WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * HTTP/1.1 only, as browsers speak it to a plain-HTTP server: a stream left open and closed
     * unread ends its own connection. Over the HTTP/2 connection the other client upgrades to and
     * shares, the role walk's calls after such a stream timed out (curl reads the stream over h2c
     * fine, so it is the client's shared connection, not the stream).
     */
    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Function<String, String> authorization;

    /** @param deployment the application's root URL, as Arquillian gives it; users are the demo accounts */
    public Api(URL deployment) {
        this(deployment, user -> "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** @param authorization the Authorization header a user's requests carry */
    public Api(URL deployment, Function<String, String> authorization) {
        String root = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        this.base = URI.create(root + "api/v1/");
        this.authorization = authorization;
    }

    public record Reply(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readArray();
            }
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public Reply expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + " for " + response.request().method() + " "
                    + response.request().uri() + ": " + body());
            return this;
        }
    }

    public Reply get(String user, String path) {
        return send(request(user, path).GET(), null);
    }

    public Reply get(String user, String path, String header, String value) {
        return send(request(user, path).header(header, value).GET(), null);
    }

    public Reply post(String user, String path, String json, String... headers) {
        HttpRequest.Builder request = request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, json);
    }

    /** Posts bytes as they are, with the content type given: a body no well-behaved client would send. */
    public Reply postBytes(String user, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(user, path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, body);
    }

    /** A request without an account and with the headers given, as a browser's preflight is: {@code "Origin", "https://..."}. */
    public Reply withHeaders(String method, String path, String... headers) {
        HttpRequest.Builder request = request(null, path).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, null);
    }

    /** Any method on {@code path} as {@code user} (none: no account), with an empty JSON object as the body of a POST or PUT. */
    public Reply call(String user, String method, String path) {
        return send(anyMethod(user, method, path), method.equals("POST") || method.equals("PUT") ? "{}" : null);
    }

    private HttpRequest.Builder anyMethod(String user, String method, String path) {
        HttpRequest.Builder request = request(user, path);
        if (method.equals("POST") || method.equals("PUT")) {
            return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return request.method(method, HttpRequest.BodyPublishers.noBody());
    }

    /**
     * Only the status of {@link #call}. The body is read for the contract's check, but for a stream
     * that stays open (the queue's events), which is closed unread as soon as its answer starts.
     */
    public int statusOf(String user, String method, String path) {
        try {
            HttpRequest request = anyMethod(user, method, path).build();
            HttpResponse<java.io.InputStream> response = http11.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String body = null;
            try (java.io.InputStream in = response.body()) {
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            check(request, method.equals("POST") || method.equals("PUT") ? "{}" : null, response, body);
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with an Authorization header of the caller's making (forged, malformed), or none when null. */
    public Reply getWithAuthorization(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, null);
    }

    /**
     * Sends {@code request} (a whole HTTP/1.1 request, CRLFs and all) over a socket of its own, for
     * what an HTTP client library refuses to send; answers the status code and the rest as text.
     */
    public RawReply raw(String request) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
            return new RawReply(status, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record RawReply(int status, String text) {
    }

    /** The server's path of the API, for raw requests: /api/v1/ below the deployment's root. */
    public String apiPath() {
        return base.getRawPath();
    }

    public String authority() {
        return base.getHost() + ":" + base.getPort();
    }

    /** Posts a form-encoded body without credentials, as an Open311 client does; headers in name, value pairs. */
    public Reply postForm(String path, String form, String... headers) {
        return postFormAs(null, path, form, headers);
    }

    /** Posts a form-encoded body, as a browser's form does. */
    public Reply postFormAs(String user, String path, String form, String... headers) {
        HttpRequest.Builder request = request(user, path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, form);
    }

    /** One part of a multipart/form-data body: a named field, or a file with its name and declared type. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
        public static Part json(String name, String json) {
            return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    /** Posts a multipart/form-data body, as a browser form or {@code curl -F} sends it. */
    public Reply postMultipart(String user, String path, List<Part> parts, String... headers) {
        String boundary = "appeals-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = request(user, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, body.toByteArray());
    }

    /** A GET whose answer is bytes (a file), not text. */
    public HttpResponse<byte[]> download(String user, String path) {
        try {
            HttpRequest sent = request(user, path).GET().build();
            HttpResponse<byte[]> response = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            check(sent, null, response, response.headers().firstValue("Content-Type").orElse("")
                    .contains("json") ? new String(response.body(), StandardCharsets.UTF_8) : null);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), json);
    }

    public Reply delete(String user, String path) {
        return send(request(user, path).DELETE(), null);
    }

    /** Polls a receipt until registration has happened (or failed); fails the test after a minute. */
    public JsonObject awaitProcessed(String user, String receiptId) {
        Instant deadline = Instant.now().plus(REGISTRATION_WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonObject receipt = get(user, "intake/receipts/" + receiptId).expect(200).json();
            if (!"QUEUED".equals(receipt.getString("status"))) {
                return receipt;
            }
            pause(200);
        }
        return fail("Receipt " + receiptId + " still QUEUED after " + REGISTRATION_WAIT);
    }

    /** Files through the given intake endpoint and returns the registered appeal, read by a dispatcher. */
    public JsonObject fileAndRead(String user, String channel, String json) {
        String receiptId = post(user, "intake/" + channel, json).expect(202).json().getString("receiptId");
        JsonObject receipt = awaitProcessed(user, receiptId);
        assertEquals("REGISTERED", receipt.getString("status"), receipt::toString);
        return get("dispatcher", "appeals/" + receipt.getString("registrationNumber")).expect(200).json();
    }

    /** Has a dispatcher hand the appeal to {@code assignee}, unless routing gave it to them already. */
    public void assign(String registrationNumber, String assignee) {
        JsonObject appeal = appeal("dispatcher", registrationNumber);
        if (appeal.isNull("assignee") || !appeal.getJsonObject("assignee").getString("username").equals(assignee)) {
            post("dispatcher", "appeals/" + registrationNumber + "/assignment",
                    "{\"assignee\": " + quote(assignee) + "}").expect(200);
        }
    }

    /** The appeal as {@code user} reads it. */
    public JsonObject appeal(String user, String registrationNumber) {
        return get(user, "appeals/" + registrationNumber).expect(200).json();
    }

    /** The actions of an appeal's history, in order. */
    public static List<String> historyActions(JsonObject appeal) {
        return appeal.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList();
    }

    /** How often the action stands in the appeal's history. */
    public static long timesInHistory(JsonObject appeal, String action) {
        return historyActions(appeal).stream().filter(action::equals).count();
    }

    /**
     * Whether a paged list ({@code {items, total}}) has the appeal on any of its pages: other
     * tests' appeals share the server, so it may be on any of them.
     */
    public boolean lists(String user, String path, String registrationNumber) {
        String query = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonObject list = get(user, path + query + "size=200&page=" + page).expect(200).json();
            if (list.getJsonArray("items").stream()
                    .anyMatch(v -> v.asJsonObject().getString("registrationNumber").equals(registrationNumber))) {
                return true;
            }
            if ((page + 1) * 200L >= list.getJsonNumber("total").longValue()) {
                return false;
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", authorization.apply(user));
        }
        return request;
    }

    /** @param body what the request carries, as text or bytes, for checking the exchange against the API's document */
    private Reply send(HttpRequest.Builder request, Object body) {
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            check(sent, body, response, response.body());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(HttpRequest request, Object requestBody, HttpResponse<?> response, String responseBody) {
        if (CHECKED) {
            Contract.check(request, requestBody, response, responseBody);
        }
    }

    /** A JSON string literal, for building request bodies in tests. */
    public static String quote(String s) {
        return Json.createValue(s).toString();
    }
}
