package gov.appeals.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * docs/openapi.json as a contract (OpenApiIT checks that the server serves exactly it): every
 * exchange of the black-box suite is checked against it. An answer whose status the operation does
 * not list, whose type it does not describe, whose body breaks its schema (objects are closed: a
 * field the server sends that the document lacks is a violation), or that lacks a header the
 * document promises, fails the test that met it. A request the server accepted must be one the
 * document describes: its query's names, its body's schema. The suite sends bad requests on purpose,
 * so a refused request is checked only in what the server answered.
 * <p>
 * {@code -Dit.contract.report-only=true} writes every violation to target/contract-violations.txt
 * instead of failing, to see them all in one run.
 */
final class Contract {

    private static final String API = "/api/v1/";
    private static final boolean REPORT_ONLY = Boolean.getBoolean("it.contract.report-only");
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path REPORT = BASE.resolve("target/contract-violations.txt");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static volatile ObjectNode document;
    private static final Map<String, JsonSchema> BY_POINTER = new ConcurrentHashMap<>();

    private Contract() {
    }

    /** The exchange as it went: the request's body as text or bytes, the answer's as text (null: none, or not text). */
    static void check(HttpRequest request, Object requestBody, HttpResponse<?> response, String responseBody) {
        URI uri = request.uri();
        String path = uri.getRawPath();
        if (!path.contains(API) || request.method().equals("OPTIONS")) {
            return; // Open311 has its own description, and a preflight is the browser's, not the API's
        }
        path = path.substring(path.indexOf(API));
        List<String> violations = new ArrayList<>();
        check(request.method().toLowerCase(Locale.ROOT), path, uri.getRawQuery(), request.headers().firstValue("Content-Type"),
                requestBody, response, responseBody, violations);
        if (violations.isEmpty()) {
            return;
        }
        String violation = request.method() + " " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " answered " + response.statusCode() + ":\n" + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"))
                + (responseBody == null || responseBody.isEmpty() ? "" : "\n  body: " + abbreviate(responseBody));
        record(violation);
        if (!REPORT_ONLY) {
            throw new AssertionError("The exchange does not keep the API's document (docs/openapi.json):\n" + violation);
        }
    }

    private static void check(String method, String path, String query, Optional<String> requestType, Object requestBody,
            HttpResponse<?> response, String responseBody, List<String> violations) {
        int status = response.statusCode();
        Optional<String> template = template(path);
        JsonNode item = template.map(t -> document().path("paths").path(t)).orElse(null);
        if (item == null || !item.has(method)) {
            if (status < 400 || status >= 500) { // a path or method the document does not have is refused, never served
                violations.add("no operation of the document is " + method.toUpperCase(Locale.ROOT) + " " + path);
            }
            return;
        }
        String operationPointer = "/paths/" + escape(template.get()) + "/" + method;
        JsonNode operation = item.get(method);
        if (status < 300) {
            checkRequest(operationPointer, item, operation, query, requestType, requestBody, violations);
        }
        JsonNode responses = operation.path("responses");
        String statusKey = Integer.toString(status);
        if (!responses.has(statusKey)) {
            violations.add("status " + status + " is not among the operation's answers " + names(responses));
            return;
        }
        String responsePointer = operationPointer + "/responses/" + statusKey;
        JsonNode answer = responses.get(statusKey);
        if (answer.has("$ref")) {
            responsePointer = answer.get("$ref").asText().substring(1);
            answer = document().at(responsePointer);
        }
        answer.path("headers").fields().forEachRemaining(header -> {
            JsonNode declared = header.getValue().has("$ref") ? document().at(header.getValue().get("$ref").asText().substring(1))
                    : header.getValue();
            if (declared.path("required").asBoolean() && response.headers().firstValue(header.getKey()).isEmpty()) {
                violations.add("the header " + header.getKey() + " the document promises is missing");
            }
        });
        String type = response.headers().firstValue("Content-Type").orElse(null);
        boolean body = responseBody != null && !responseBody.isEmpty();
        JsonNode content = answer.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body) {
                violations.add("the answer has a body (" + type + ") the document does not describe");
            }
            return;
        }
        Optional<String> mediaType = mediaType(content, type);
        if (mediaType.isEmpty()) {
            violations.add("the answer's type " + type + " is not among " + names(content));
            return;
        }
        JsonNode schema = content.get(mediaType.get()).path("schema");
        if (body && isJson(mediaType.get()) && !schema.isMissingNode()) {
            validate(responsePointer + "/content/" + escape(mediaType.get()) + "/schema", responseBody, "the answer", violations);
        }
    }

    private static void checkRequest(String operationPointer, JsonNode item, JsonNode operation, String query,
            Optional<String> requestType, Object requestBody, List<String> violations) {
        Set<String> parameters = new TreeSet<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            list.forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    parameters.add(p.path("name").asText());
                }
            });
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!parameters.contains(name)) {
                    violations.add("the server took the query's " + name + ", which the document does not name " + parameters);
                }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (requestBody == null || content.isMissingNode()) {
            return;
        }
        Optional<String> mediaType = mediaType(content, requestType.orElse(null));
        if (mediaType.isEmpty()) {
            violations.add("the server took a body of type " + requestType.orElse("(none)") + ", not among " + names(content));
        } else if (isJson(mediaType.get()) && content.get(mediaType.get()).has("schema")) {
            String text = requestBody instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : requestBody.toString();
            validate(operationPointer + "/requestBody/content/" + escape(mediaType.get()) + "/schema", text, "the request", violations);
        }
    }

    private static void validate(String pointer, String body, String what, List<String> violations) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(what + "'s body is not JSON: " + e.getMessage());
            return;
        }
        JsonSchema schema = BY_POINTER.computeIfAbsent(pointer, p -> {
            ObjectNode root = document().deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#" + p);
            return SCHEMAS.getSchema(root);
        });
        for (ValidationMessage message : schema.validate(value)) {
            violations.add(what + ": " + message.getMessage());
        }
    }

    /** The document's path that {@code path} is: a literal path before one with parameters. */
    private static Optional<String> template(String path) {
        List<String> matches = new ArrayList<>();
        document().path("paths").fieldNames().forEachRemaining(t -> {
            if (Pattern.matches(t.replaceAll("\\{[^/}]+}", "[^/]+"), path)) {
                matches.add(t);
            }
        });
        return matches.stream().min(Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count()));
    }

    /** The media type of {@code content} that {@code type} is, its parameters aside. */
    private static Optional<String> mediaType(JsonNode content, String type) {
        if (type == null) {
            return Optional.empty();
        }
        String base = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(n -> n.split(";")[0].strip().equalsIgnoreCase(base)).findFirst();
    }

    private static boolean isJson(String mediaType) {
        String base = mediaType.split(";")[0].strip();
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static ObjectNode document() {
        if (document == null) {
            synchronized (Contract.class) {
                if (document == null) {
                    try {
                        ObjectNode read = (ObjectNode) JSON.readTree(Files.readString(BASE.resolve("../docs/openapi.json")));
                        close(read.path("components").path("schemas"));
                        document = read;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return document;
    }

    /** Every object schema with properties and no word on others takes no others: what the server sends is all described. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                close(children.next());
            }
        } else if (schema instanceof ArrayNode array) {
            array.forEach(Contract::close);
        }
    }

    private static synchronized void record(String violation) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, violation + "\n\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "…" : oneLine;
    }
}
