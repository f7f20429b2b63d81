package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The server describes the API at /openapi, without login, and what it describes is
 * docs/openapi.json, the document offices generate their clients from and the build lints. When
 * the code changes the API, this fails and writes the served document to target/openapi.json, to
 * be read and copied over docs/openapi.json.
 */
@RunAsClient
class OpenApiIT extends ApplicationIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

    @Test
    void theServedDocumentIsTheOneInDocs() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Deployments.applicationUrl() + "openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        JsonObject served = parse(response.body());
        Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../docs/openapi.json");
        JsonObject written = parse(Files.readString(docs, StandardCharsets.UTF_8));
        if (!served.equals(written)) {
            Files.writeString(Path.of(System.getProperty("basedir", "."), "target", "openapi.json"), response.body(),
                    StandardCharsets.UTF_8);
        }
        assertEquals(written, served, "docs/openapi.json is not what the server describes: compare it with "
                + "integration-tests/target/openapi.json and copy that over it");
    }

    @Test
    void everyOperationIsNamedSummarisedTaggedAndSaysWhoMayCallIt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Deployments.applicationUrl() + "openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject document = parse(response.body());
        assertEquals("Citizens' appeals", document.getJsonObject("info").getString("title"));
        Set<String> operationIds = new TreeSet<>();
        List<String> incomplete = new java.util.ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            String name = method + " " + path;
            if (!operation.containsKey("operationId") || !operationIds.add(operation.getString("operationId"))) {
                incomplete.add(name + ": no operationId of its own");
            }
            if (operation.getString("summary", "").isBlank() || !operation.containsKey("tags") || !operation.containsKey("security")) {
                incomplete.add(name + ": a summary, tags and security are all needed");
            }
            boolean open = operation.getJsonArray("security").getJsonObject(0).isEmpty();
            if (!open && !operation.getString("description", "").contains("Roles: ")) {
                incomplete.add(name + ": its description does not name its roles");
            }
            if (operation.getJsonObject("responses").keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                incomplete.add(name + ": no success answer");
            }
        }));
        assertTrue(operationIds.size() > 70, operationIds::toString);
        assertEquals(List.of(), incomplete);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
