package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Open311 GeoReport v2 as an unmodified client sees it: every resource in both formats, the
 * format always the URL's, errors in GeoReport's own format, keys issued and revoked by an
 * administrator, and an appeal filed from an app that shows nothing personal to anyone.
 */
@RunAsClient
class Open311IT extends ApplicationIT {

    @ArquillianResource
    ManagementClient management;

    private static final String V2 = "/open311/v2/";
    private static final String APPLICANT_EMAIL = "aibek.open311@example.kg";
    private static final String TEXT = "Яма на дороге у дома 12 на проспекте Чуй, уже месяц";

    /** A new key for a client, as an administrator issues it. */
    private static String issueKey(Api api, int perMinute) {
        JsonObject issued = api.post("admin", "admin/open311-keys",
                "{\"client\": \"Test app " + UUID.randomUUID() + "\", \"requestsPerMinute\": " + perMinute + "}")
                .expect(201).json();
        return issued.getString("apiKey");
    }

    private static String form(String... pairs) {
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            encoded.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", encoded);
    }

    private static String pothole(String apiKey) {
        return form("api_key", apiKey, "jurisdiction_id", "appeals.example.kg", "service_code", "LAND_HOUSING",
                "lat", "42.8746", "long", "74.6122", "address_string", "проспект Чуй, 12, Бишкек",
                "email", APPLICANT_EMAIL, "first_name", "Айбек", "last_name", "Осмонов", "phone", "+996 555 123 456",
                "description", TEXT, "attribute[region]", "BISHKEK", "attribute[cadastral_number]", "1-02-03-0004");
    }

    /**
     * The registration number of a filed request: at once, or through its token. Either way the
     * answer is 200 with the token, as realtime and batch clients both expect.
     */
    private static String serviceRequestId(Api api, Api.Reply filed) {
        assertEquals(200, filed.status(), filed::body);
        JsonObject answer = filed.array().getJsonObject(0);
        String token = answer.getString("token");
        if (!answer.isNull("service_request_id")) {
            assertEquals(answer.getString("service_request_id"), awaitNumber(api, token), "the token leads to the same appeal");
            return answer.getString("service_request_id");
        }
        return awaitNumber(api, token);
    }

    /** Polls a token until it gives the registration number; fails after a minute. */
    private static String awaitNumber(Api api, String token) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            JsonObject state = api.get(null, V2 + "tokens/" + token + ".json").expect(200).array().getJsonObject(0);
            assertEquals(token, state.getString("token"));
            if (state.get("service_request_id").getValueType() == JsonValue.ValueType.STRING) {
                return state.getString("service_request_id");
            }
            Api.pause(200);
        }
        throw new AssertionError("token " + token + " not registered within a minute");
    }

    private static Document xml(Api.Reply reply) {
        assertTrue(reply.contentType().startsWith("text/xml"), reply.contentType());
        assertTrue(reply.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), reply.body());
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + reply.body(), e);
        }
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    /** A GeoReport error in JSON: the status, and one error with the same code. */
    private static String jsonError(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::body);
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject error = reply.array().getJsonObject(0);
        assertEquals(status, error.getInt("code"));
        return error.getString("description");
    }

    private static String xmlError(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::body);
        Element root = xml(reply).getDocumentElement();
        assertEquals("errors", root.getTagName());
        Element error = (Element) root.getElementsByTagName("error").item(0);
        assertEquals(Integer.toString(status), text(error, "code"));
        return text(error, "description");
    }

    @Test
    void discoveryListsThisEndpointWithBothFormats() {
        Api api = api();
        JsonObject discovery = api.get(null, V2 + "discovery.json").expect(200).json();
        JsonObject endpoint = discovery.getJsonArray("endpoints").getJsonObject(0);
        assertEquals("http://wiki.open311.org/GeoReport_v2", endpoint.getString("specification"));
        assertTrue(endpoint.getString("url").endsWith("/open311/v2"), endpoint::toString);
        assertEquals(List.of("text/xml", "application/json"),
                endpoint.getJsonArray("formats").getValuesAs(jakarta.json.JsonString::getString));
        assertNotNull(discovery.getString("key_service"));

        Element xml = xml(api.get(null, V2 + "discovery.xml").expect(200)).getDocumentElement();
        assertEquals("discovery", xml.getTagName());
        Element format = (Element) xml.getElementsByTagName("formats").item(0);
        assertEquals("text/xml", format.getElementsByTagName("format").item(0).getTextContent());
        assertEquals("application/json", format.getElementsByTagName("format").item(1).getTextContent());
    }

    @Test
    void servicesAreTheSubjectsWithTheirQuestionsInBothFormats() {
        Api api = api();
        JsonArray services = api.get(null, V2 + "services.json", "Accept-Language", "en").expect(200).array();
        JsonObject land = services.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("service_code").equals("LAND_HOUSING")).findFirst().orElseThrow();
        assertEquals("Land plots and housing", land.getString("service_name"));
        assertTrue(land.getBoolean("metadata"));
        assertEquals("batch", land.getString("type"));

        Element xmlServices = xml(api.get(null, V2 + "services.xml").expect(200)).getDocumentElement();
        assertEquals("services", xmlServices.getTagName());
        assertEquals(services.size(), xmlServices.getElementsByTagName("service").getLength());

        JsonObject definition = api.get(null, V2 + "services/LAND_HOUSING.json").expect(200).json();
        assertEquals("LAND_HOUSING", definition.getString("service_code"));
        List<String> codes = definition.getJsonArray("attributes").stream()
                .map(a -> a.asJsonObject().getString("code")).toList();
        assertEquals(List.of("kind", "region", "respondent", "language", "cadastral_number"), codes);
        JsonObject kind = definition.getJsonArray("attributes").getJsonObject(0);
        assertEquals("singlevaluelist", kind.getString("datatype"));
        assertFalse(kind.getBoolean("required"));
        assertTrue(kind.getJsonArray("values").stream().anyMatch(v -> v.asJsonObject().getString("key").equals("COMPLAINT")));

        Element xmlDefinition = xml(api.get(null, V2 + "services/LAND_HOUSING.xml").expect(200)).getDocumentElement();
        assertEquals("service_definition", xmlDefinition.getTagName());
        assertEquals(codes.size(), xmlDefinition.getElementsByTagName("attribute").getLength());
        assertEquals(4, api.get(null, V2 + "services/SOCIAL.json").expect(200).json().getJsonArray("attributes").size());

        assertTrue(jsonError(api.get(null, V2 + "services/NO_SUCH.json"), 404).contains("NO_SUCH"));
        assertTrue(xmlError(api.get(null, V2 + "services/NO_SUCH.xml"), 404).contains("NO_SUCH"));
    }

    @Test
    void aRequestIsFiledAsAnAppealAndFollowedInBothFormatsShowingNothingPersonal() {
        Api api = api();
        String key = issueKey(api, 60);
        Api.Reply filed = api.postForm(V2 + "requests.json", pothole(key));
        assertTrue(filed.header("Location").isPresent());
        assertEquals(JsonValue.NULL, filed.array().getJsonObject(0).get("account_id"));
        String id = serviceRequestId(api, filed);

        JsonObject request = api.get(null, V2 + "requests/" + id + ".json", "Accept-Language", "en").expect(200)
                .array().getJsonObject(0);
        assertEquals(id, request.getString("service_request_id"));
        assertEquals("open", request.getString("status"));
        assertEquals("LAND_HOUSING", request.getString("service_code"));
        assertEquals("Land plots and housing", request.getString("description"), "the subject, not the citizen's text");
        assertEquals("Bishkek City Hall", request.getString("agency_responsible"));
        assertFalse(request.containsKey("address") && !request.isNull("address"),
                "free text that can be a home address: shown once published, as the text is: " + request);
        assertEquals(42.875, request.getJsonNumber("lat").doubleValue(), 1e-9, "on a grid of about 100 m until published");
        assertEquals(74.612, request.getJsonNumber("long").doubleValue(), 1e-9);
        assertNotNull(request.getString("requested_datetime"));
        assertNotNull(request.getString("updated_datetime"));
        assertNotNull(request.getString("expected_datetime"));
        assertTrue(request.getString("service_notice").startsWith("An answer is due by"), request::toString);

        Api.Reply asXml = api.get(null, V2 + "requests/" + id + ".xml").expect(200);
        Element xmlRequest = (Element) xml(asXml).getDocumentElement().getElementsByTagName("request").item(0);
        assertEquals(id, text(xmlRequest, "service_request_id"));
        assertEquals("open", text(xmlRequest, "status"));
        assertEquals("42.875", text(xmlRequest, "lat"));

        for (Api.Reply shown : List.of(asXml, api.get(null, V2 + "requests.json?service_request_id=" + id).expect(200),
                api.get(null, V2 + "requests.xml?service_code=LAND_HOUSING&status=open").expect(200))) {
            assertFalse(shown.body().contains("Чуй"), shown::body);
            assertFalse(shown.body().contains("42.8746"), shown::body);
            assertFalse(shown.body().contains(APPLICANT_EMAIL), shown::body);
            assertFalse(shown.body().contains("Осмонов"), shown::body);
            assertFalse(shown.body().contains("555 123"), shown::body);
            assertFalse(shown.body().contains("Яма"), shown::body);
            assertFalse(shown.body().contains("1-02-03-0004"), shown::body);
        }
        assertTrue(api.get(null, V2 + "requests.json?service_code=LAND_HOUSING,SOCIAL&status=open,closed").expect(200)
                .array().stream().anyMatch(r -> r.asJsonObject().getString("service_request_id").equals(id)));
        assertFalse(api.get(null, V2 + "requests.json?service_code=SOCIAL").expect(200)
                .array().stream().anyMatch(r -> r.asJsonObject().getString("service_request_id").equals(id)));
        assertFalse(api.get(null, V2 + "requests.json?status=closed").expect(200)
                .array().stream().anyMatch(r -> r.asJsonObject().getString("service_request_id").equals(id)));

        JsonObject appeal = api.appeal("dispatcher", id);
        assertEquals("ELECTRONIC", appeal.getString("channel"));
        assertEquals("OPEN311", appeal.getJsonObject("letter").getString("receivedVia"));
        assertTrue(appeal.getString("summary").startsWith(TEXT));
        assertTrue(appeal.getString("summary").contains("1-02-03-0004"), "the subject's own question");
        assertEquals("Айбек Осмонов", appeal.getJsonObject("applicant").getString("fullName"));
        assertEquals(APPLICANT_EMAIL, appeal.getJsonObject("applicant").getString("email"));
        assertEquals("BISHKEK", appeal.getJsonObject("region").getString("code"));
        assertEquals(42.8746, appeal.getJsonObject("location").getJsonNumber("lat").doubleValue(), 1e-9);
        long keyId = appeal.getJsonObject("letter").getJsonNumber("open311Key").longValue();
        assertTrue(api.get("admin", "admin/open311-keys?size=200").expect(200).json().getJsonArray("items").stream()
                .anyMatch(k -> k.asJsonObject().getJsonNumber("id").longValue() == keyId
                        && key.startsWith(k.asJsonObject().getString("keyPrefix"))), "the appeal names its key");
        assertTrue(appeal.getJsonArray("history").getJsonObject(0).getString("detail")
                .endsWith("by OPEN311 with key " + keyId));
    }

    @Test
    void aRequestStillQueuedAnswersATokenThatGivesItsNumberOnceRegistered() throws Exception {
        Api api = api();
        String key = issueKey(api, 60);
        ServerManagement server = new ServerManagement(management);
        server.execute(ServerManagement.INTAKE_QUEUE, "pause");
        String token;
        try {
            Api.Reply filed = api.postForm(V2 + "requests.xml", pothole(key)).expect(200);
            Element request = (Element) xml(filed).getDocumentElement().getElementsByTagName("request").item(0);
            assertEquals("", text(request, "service_request_id"), "queued: no number yet");
            token = text(request, "token");
            assertTrue(filed.header("Location").orElseThrow().endsWith("/open311/v2/tokens/" + token + ".xml"));
            JsonObject queued = api.get(null, V2 + "tokens/" + token + ".json").expect(200).array().getJsonObject(0);
            assertEquals(token, queued.getString("token"));
            assertEquals(JsonValue.NULL, queued.get("service_request_id"), "queued: no number yet");
        } finally {
            server.execute(ServerManagement.INTAKE_QUEUE, "resume");
        }
        String id = awaitNumber(api, token);
        Element registered = (Element) xml(api.get(null, V2 + "tokens/" + token + ".xml").expect(200)).getDocumentElement()
                .getElementsByTagName("request").item(0);
        assertEquals(id, text(registered, "service_request_id"));
        assertEquals(token, text(registered, "token"));
        api.get(null, V2 + "requests/" + id + ".xml").expect(200);
    }

    @Test
    void theTextShowsOnlyOnceAnOfficialPublishedIt() {
        Api api = api();
        String id = serviceRequestId(api, api.postForm(V2 + "requests.json", pothole(issueKey(api, 60))));
        assertFalse(api.get(null, V2 + "requests/" + id + ".json").expect(200).body().contains("Яма"));
        api.post("officer", "appeals/" + id + "/publication", "{\"published\": true, \"reason\": \"no personal data\"}")
                .expect(403);
        api.post("dispatcher", "appeals/" + id + "/publication", "{\"reason\": \"no personal data\"}").expect(400);
        JsonObject appeal = api.post("dispatcher", "appeals/" + id + "/publication",
                "{\"published\": true, \"reason\": \"Only the road; no personal data\"}").expect(200).json();
        assertTrue(appeal.getBoolean("descriptionPublic"));
        assertEquals(1, Api.timesInHistory(appeal, "DESCRIPTION_PUBLISHED"));
        JsonObject published = api.get(null, V2 + "requests/" + id + ".json").expect(200).array().getJsonObject(0);
        assertTrue(published.getString("description").startsWith(TEXT));
        assertEquals("проспект Чуй, 12, Бишкек", published.getString("address"), "published: the place as reported");
        assertEquals(42.8746, published.getJsonNumber("lat").doubleValue(), 1e-9);
        assertEquals(74.6122, published.getJsonNumber("long").doubleValue(), 1e-9);
        api.post("dispatcher", "appeals/" + id + "/publication", "{\"published\": true, \"reason\": \"again\"}").expect(409);
        api.post("supervisor", "appeals/" + id + "/publication", "{\"published\": false, \"reason\": \"A name after all\"}")
                .expect(200);
        String withdrawn = api.get(null, V2 + "requests/" + id + ".json").expect(200).body();
        assertFalse(withdrawn.contains("Яма"), withdrawn);
        assertFalse(withdrawn.contains("Чуй"), withdrawn);
    }

    @Test
    void theFormatIsTheExtensionsWhateverTheClientAccepts() {
        Api api = api();
        Api.Reply json = api.get(null, V2 + "services.json", "Accept", "application/xml").expect(200);
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        json.array();
        Api.Reply xmlReply = api.get(null, V2 + "services.xml", "Accept", "application/json").expect(200);
        assertEquals("services", xml(xmlReply).getDocumentElement().getTagName());
        xmlError(api.get(null, V2 + "requests/1999-000001.xml", "Accept", "application/json"), 404);
        jsonError(api.get(null, V2 + "requests/1999-000001.json", "Accept", "text/html"), 404);
        String key = issueKey(api, 60);
        Api.Reply filedAsXml = api.postForm(V2 + "requests.xml", pothole(key), "Accept", "application/json");
        Element request = (Element) xml(filedAsXml).getDocumentElement().getElementsByTagName("request").item(0);
        assertEquals(200, filedAsXml.status(), filedAsXml::body);
        assertEquals(1, request.getElementsByTagName("token").getLength(), filedAsXml::body);
        assertEquals(1, request.getElementsByTagName("service_request_id").getLength(), "empty while queued");
        assertTrue(xmlError(api.get(null, V2 + "services.yaml"), 400).contains(".yaml"));
        xmlError(api.get(null, V2 + "no-such-resource"), 404);
    }

    @Test
    void errorsComeInGeoReportsFormatWithGeoReportsStatuses() {
        Api api = api();
        String key = issueKey(api, 60);
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("service_code", "SOCIAL", "lat", "42.8",
                "long", "74.6")), 403).contains("api_key"));
        xmlError(api.postForm(V2 + "requests.xml", form("api_key", "o311_not-a-key", "service_code", "SOCIAL",
                "address_string", "Бишкек")), 403);
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("api_key", key, "address_string", "Бишкек")), 400)
                .startsWith("service_code"));
        assertTrue(xmlError(api.postForm(V2 + "requests.xml", form("api_key", key, "service_code", "POTHOLES",
                "address_string", "Бишкек")), 404).contains("POTHOLES"));
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("api_key", key, "service_code", "SOCIAL")), 400)
                .contains("location"));
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("api_key", key, "service_code", "SOCIAL",
                "lat", "142.8", "long", "74.6")), 400).startsWith("lat"));
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("api_key", key, "service_code", "SOCIAL",
                "address_string", "Бишкек", "attribute[kind]", "PETITION")), 400).startsWith("attribute[kind]"));
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("api_key", key, "service_code", "SOCIAL",
                "address_string", "Бишкек", "attribute[colour]", "red")), 400).startsWith("attribute[colour]"));
        assertTrue(jsonError(api.postForm(V2 + "requests.json", form("api_key", key, "service_code", "SOCIAL",
                "address_string", "Бишкек", "description", "x".repeat(4001))), 400).startsWith("description"));
        assertTrue(jsonError(api.get(null, V2 + "requests.json?start_date=yesterday"), 400).startsWith("start_date"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertTrue(jsonError(api.get(null, V2 + "requests.json?start_date=" + now.minus(91, ChronoUnit.DAYS)
                + "&end_date=" + now), 400).contains("90 days"));
        assertTrue(jsonError(api.get(null, V2 + "requests.json?status=pending"), 400).startsWith("status"));
        jsonError(api.get(null, V2 + "tokens/" + UUID.randomUUID() + ".json"), 404);
        xmlError(api.get(null, V2 + "tokens/not-a-token.xml"), 404);
        jsonError(api.delete(null, V2 + "requests.json"), 405);
    }

    @Test
    void keysAreIssuedListedAndRevokedByAnAdministratorOnly() {
        Api api = api();
        api.post("dispatcher", "admin/open311-keys", "{\"client\": \"Fix my street\"}").expect(403);
        api.get("supervisor", "admin/open311-keys").expect(403);
        api.post("admin", "admin/open311-keys", "{\"requestsPerMinute\": 0}").expect(400);
        JsonObject issued = api.post("admin", "admin/open311-keys", "{\"client\": \"Fix my street\"}").expect(201).json();
        String key = issued.getString("apiKey");
        long id = issued.getJsonObject("key").getJsonNumber("id").longValue();
        assertEquals(60, issued.getJsonObject("key").getInt("requestsPerMinute"));
        Api.Reply list = api.get("admin", "admin/open311-keys?size=200").expect(200);
        assertFalse(list.body().contains(key), "the key itself is shown once, when issued");

        Api.Reply filed = api.postForm(V2 + "requests.json", pothole(key));
        assertEquals(200, filed.status(), filed::body);
        JsonObject revoked = api.delete("admin", "admin/open311-keys/" + id).expect(200).json();
        assertFalse(revoked.getBoolean("active"));
        assertEquals("admin", revoked.getString("revokedBy"));
        jsonError(api.postForm(V2 + "requests.json", pothole(key)), 403);
        api.delete("admin", "admin/open311-keys/" + id).expect(409);
        api.delete("admin", "admin/open311-keys/999999999").expect(404);
    }

    @Test
    void aKeyPastItsRateIsHeldBackWith429() {
        Api api = api();
        String key = issueKey(api, 1);
        List<Api.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(api.postForm(V2 + "requests.json", form("api_key", key, "address_string", "Бишкек")));
        }
        assertEquals(400, replies.get(0).status(), "counted, then refused for the missing service_code");
        Api.Reply held = replies.stream().filter(r -> r.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 among " + replies.stream().map(Api.Reply::status).toList()));
        assertTrue(Long.parseLong(held.header("Retry-After").orElseThrow()) >= 1);
        assertTrue(jsonError(held, 429).contains("1 requests a minute"));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyFilesOneAppeal() {
        Api api = api();
        String key = issueKey(api, 60);
        String idempotencyKey = "app-report-" + UUID.randomUUID();
        String first = serviceRequestId(api, api.postForm(V2 + "requests.json", pothole(key),
                "Idempotency-Key", idempotencyKey));
        String again = serviceRequestId(api, api.postForm(V2 + "requests.json", pothole(key),
                "Idempotency-Key", idempotencyKey));
        assertEquals(first, again);
    }
}
