package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Requests a careless or hostile client sends: each answered with a problem detail that names the
 * field and gives nothing of the server away, and none of them kept. That nothing was kept is shown
 * by the idempotency key each was sent with: a proper call with that key afterwards is a new one.
 */
@RunAsClient
class HostileInputIT extends ApplicationIT {

    /** What an answer must never show: stack traces, class names, SQL, the server and its version. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?is).*(exception|\\bat [a-z]+\\.|org\\.|java\\.|jakarta\\.|yasson|parsson|resteasy|undertow|wildfly|"
                    + "hibernate|select |insert into|h2|postgres).*");

    private static final String CALL = """
            {"kind": "PROPOSAL", "summary": "Прошу отремонтировать дорогу", "callerNumber": "+996555123456"}""";

    private static void noInternals(Api.Reply reply) {
        assertFalse(INTERNALS.matcher(reply.body()).matches(), reply::body);
        assertTrue(reply.header("Server").isEmpty(), "no Server header");
        assertTrue(reply.header("X-Powered-By").isEmpty(), "no X-Powered-By header");
    }

    /** The 400 problem's one named field. */
    private static String refusedField(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::body);
        assertEquals("application/problem+json", reply.contentType());
        noInternals(reply);
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static void nothingKeptUnder(Api api, String key) {
        api.post("operator", "intake/phone", CALL, "Idempotency-Key", key).expect(202);
    }

    private static String refusedPhoneCall(Api api, byte[] body) {
        String key = UUID.randomUUID().toString();
        String field = refusedField(api.postBytes("operator", "intake/phone", "application/json", body, "Idempotency-Key", key));
        nothingKeptUnder(api, key);
        return field;
    }

    private static String refusedPhoneCall(Api api, String body) {
        return refusedPhoneCall(api, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textInAnyScriptIsStoredAndReturnedExactly() {
        Api api = api();
        String text = "Кыргызча: жер тилкеси өткөрүлбөй жатат. Қазақша: жер учаскесі. Русский: ремонт дороги. "
                + "😀👍🏽 \u200Fمرحبا\u200E עברית. Combining: e\u0301 a\u0308 \u0415\u0308. "
                + "<script>alert('x')</script> <b>bold</b> '; DROP TABLE appeal; -- \" \\ /\nnew line\ttab";
        JsonObject appeal = api.fileAndRead("operator", "phone", """
                {"kind": "PROPOSAL", "summary": %s, "callerNumber": "+996555123457",
                 "applicant": {"fullName": %s}}""".formatted(Api.quote(text), Api.quote("Әлиева Айгүл 👩🏻")));
        assertEquals(text, appeal.getString("summary"));
        assertEquals("Әлиева Айгүл 👩🏻", appeal.getJsonObject("applicant").getString("fullName"));
    }

    @Test
    void jsonThatTwoParsersCouldReadDifferentlyIsRefused() {
        Api api = api();
        assertEquals("body", refusedPhoneCall(api, CALL + " trailing"));
        assertEquals("body", refusedPhoneCall(api, CALL + CALL));
        assertEquals("body", refusedPhoneCall(api, CALL.substring(0, CALL.length() - 3)));
        assertEquals("summary", refusedPhoneCall(api, CALL.replace("}", ", \"summary\": \"Другое\"}")));
        assertEquals("signature", refusedPhoneCall(api, CALL.replace("}", ", \"signature\": \"x\"}")));
        assertEquals("applicant.phonee", refusedPhoneCall(api, CALL.replace("}", ", \"applicant\": {\"phonee\": \"1\"}}")));
    }

    @Test
    void wrongTypesAndHugeNumbersAreRefused() {
        Api api = api();
        assertEquals("summary", refusedPhoneCall(api, CALL.replace("\"Прошу отремонтировать дорогу\"", "[\"a\", \"b\"]")));
        assertEquals("summary", refusedPhoneCall(api, CALL.replace("\"Прошу отремонтировать дорогу\"", "42")));
        assertEquals("signatories", refusedPhoneCall(api, CALL.replace("}", ", \"signatories\": 2.5}")));
        assertEquals("signatories", refusedPhoneCall(api, CALL.replace("}", ", \"signatories\": 1e999999999}")));
        assertEquals("signatories", refusedPhoneCall(api, CALL.replace("}", ", \"signatories\": " + "9".repeat(400) + "}")));
        // Refused as an array where an object belongs: no typed request nests deep enough for the depth
        // limit (StrictJsonTest shows that one on a free-form body).
        assertEquals("applicant", refusedPhoneCall(api, CALL.replace("}", ", \"applicant\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}")));
    }

    @Test
    void invalidUtf8ControlCharactersAndLoneSurrogatesAreRefusedByField() {
        Api api = api();
        byte[] latin1 = CALL.replace("Прошу отремонтировать дорогу", "Café").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("summary", refusedPhoneCall(api, latin1));
        assertEquals("summary", refusedPhoneCall(api, CALL.replace("дорогу", "дорогу\\u0000")));
        assertEquals("summary", refusedPhoneCall(api, CALL.replace("дорогу", "дорогу\\u001b[31m")));
        assertEquals("summary", refusedPhoneCall(api, CALL.replace("дорогу", "дорогу\\ud83d")));
        assertEquals("callerNumber", refusedPhoneCall(api, CALL.replace("+996555123456", "+996555123456\\u0085")));
    }

    @Test
    void wrongContentTypesAndBrokenMultipartAreRefused() {
        Api api = api();
        String key = UUID.randomUUID().toString();
        Api.Reply text = api.postBytes("operator", "intake/phone", "text/plain", CALL.getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", key);
        assertEquals(415, text.status(), text::body);
        noInternals(text);
        Api.Reply broken = api.postBytes("clerk", "intake/written", "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"appeal\"\r\n\r\n{\"kind\":".getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", key);
        assertEquals(400, broken.status(), broken::body);
        noInternals(broken);
        nothingKeptUnder(api, key);
    }

    @Test
    void oversizedHeadersAre431AndAnOversizedUrlIs414AsProblemDetails() {
        for (int size : new int[] {20_000, 64 * 1024}) {
            Api.Reply reply = api().get("dispatcher", "appeals?size=1", "X-Padding", "a".repeat(size));
            assertEquals(431, reply.status(), reply::body);
            assertEquals("application/problem+json", reply.contentType());
            assertEquals("X-Padding", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            noInternals(reply);
        }
        Api.Reply reply = api().get("dispatcher", "appeals?size=1&q=" + "a".repeat(100 * 1024));
        assertEquals(414, reply.status(), reply::body);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("url", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        noInternals(reply);
    }

    @Test
    void forgedAndMalformedCredentialsAre401() {
        Api api = api();
        for (String authorization : List.of("Basic %%%not-base64", "Basic Zm9v", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("operator:wrong".getBytes(StandardCharsets.UTF_8)), "Basic", "Bearer not.a.token", "Basic YQ")) {
            Api.Reply reply = api.getWithAuthorization("appeals", authorization);
            assertEquals(401, reply.status(), authorization + " -> " + reply.body());
            assertEquals("application/problem+json", reply.contentType(), authorization);
            noInternals(reply);
        }
    }

    @Test
    void pathTricksAndSmugglingShapedRequestsGetNothing() {
        Api api = api();
        for (String path : List.of("appeals/..%2F..%2Fadmin%2Fintake", "appeals/%00", "../../standalone/configuration/standalone.xml",
                "appeals/2026-000001/..;/..;/admin/intake")) {
            Api.Reply reply = api.getWithAuthorization(path, null);
            assertTrue(reply.status() == 400 || reply.status() == 401 || reply.status() == 404, path + " -> " + reply.status());
            assertFalse(reply.body().contains("<server"), path);
        }
        String body = CALL;
        Api.RawReply smuggled = api.raw("POST " + api.apiPath() + "intake/phone HTTP/1.1\r\nHost: " + api.authority()
                + "\r\nAuthorization: Basic " + java.util.Base64.getEncoder().encodeToString("operator:demo".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n" + Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n"
                + body + "\r\n0\r\n\r\nGET " + api.apiPath() + "admin/intake HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(smuggled.status() == 400 || smuggled.status() == 202, smuggled.text());
        assertFalse(smuggled.text().contains("registeredByYear"), "the request smuggled after the body was not answered");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Api api = api();
        for (Api.Reply reply : List.of(api.get("dispatcher", "appeals?size=1"), api.get(null, "appeals"),
                api.get("dispatcher", "no-such-resource"), api.get(null, "health/ready"))) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), reply.response().uri().toString());
            noInternals(reply);
        }
        assertEquals("no-store", api.get("dispatcher", "appeals?size=1").header("Cache-Control").orElse(""));
    }

    @Test
    void anAccountThatFloodsTheServerIsSlowedWith429() throws Exception {
        Api api = api();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicReference<Api.Reply> refused = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<?>> clients = new java.util.ArrayList<>();
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    while (refused.get() == null && sent.incrementAndGet() <= 10_000) {
                        Api.Reply r = api.get("analyst", "reference/categories");
                        if (r.status() == 429) {
                            refused.compareAndSet(null, r);
                        }
                    }
                }));
            }
            for (var client : clients) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        Api.Reply first = refused.get();
        assertTrue(first != null, "the test server's burst of 1,000 at 20 a second is passed within 10,000 requests");
        assertEquals("application/problem+json", first.contentType());
        assertTrue(Integer.parseInt(first.header("Retry-After").orElse("0")) >= 1);
        noInternals(first);
        assertEquals(200, api.get("dispatcher", "reference/categories").status(), "another account is not slowed");
        // The first request after the pause gets through; one more at once may find the bucket empty again.
        int status = api.get("analyst", "reference/categories").status();
        for (int second = 0; second < 30 && status == 429; second++) {
            Api.pause(1000);
            status = api.get("analyst", "reference/categories").status();
        }
        assertEquals(200, status, "the account is served again once it slows down");
    }
}
