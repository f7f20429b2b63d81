package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The server describes the API at /openapi, without login, and every endpoint it describes is in
 * docs/api.md's table of who may call what, and the other way round.
 */
@RunAsClient
class OpenApiIT extends ApplicationIT {

    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) (/[^`]*)` \\|", Pattern.MULTILINE);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

    @Test
    void everyEndpointIsDescribedAndItsCallersDocumented() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Deployments.applicationUrl() + "openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        }
        assertEquals("Citizens' appeals", document.getJsonObject("info").getString("title"));

        Set<String> described = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(METHODS::contains)
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.replaceFirst("^/api/v1", ""))));
        assertTrue(described.size() > 30, described::toString);
        assertEquals(documented(), described, "docs/api.md's table and the OpenAPI document");
    }

    private static Set<String> documented() throws IOException {
        Path apiDoc = Path.of(System.getProperty("basedir", ".")).resolve("../docs/api.md");
        Set<String> documented = new TreeSet<>();
        Matcher m = ROW.matcher(Files.readString(apiDoc));
        while (m.find()) {
            documented.add(m.group(1) + " " + m.group(2));
        }
        return documented;
    }
}
