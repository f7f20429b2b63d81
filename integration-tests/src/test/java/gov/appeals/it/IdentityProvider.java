package gov.appeals.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

/**
 * The Keycloak the OIDC tests run against (started by the build with the realm in
 * src/test/keycloak): real tokens from it, and tokens of the test's own making, signed with the
 * realm's key (whose private half is in that realm file, for tests only) or with a stranger's.
 */
final class IdentityProvider {

    static final String DESK = "appeals-desk";
    /** Another application of the same provider: its tokens are not addressed to the appeals API. */
    static final String OTHER_DESK = "library-desk";
    static final String API_CLIENT = "appeals-api";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String issuer = System.getProperty("it.oidc.provider-url");

    String issuer() {
        return issuer;
    }

    /** An access token for {@code username} (password "demo") as a desk application gets one. */
    String token(String username, String clientId) {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username) + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonObject answer = json(send(request, "a token for " + username));
        return answer.getString("access_token");
    }

    /** A token with the given claims, signed with the realm's own key: valid but for what the claims say. */
    String signedByTheRealm(JsonObject claims) {
        return sign(claims, realmKey(), realmKeyId());
    }

    /** A token with the given claims, signed with a key that is not the realm's, under the realm key's id. */
    String signedByAStranger(JsonObject claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims, generator.generateKeyPair().getPrivate(), realmKeyId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of an access token as the realm issues them to the desk for {@code username}, valid for five minutes. */
    JsonObject claims(String username, String role) {
        long now = System.currentTimeMillis() / 1000;
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", Json.createArrayBuilder().add(API_CLIENT))
                .add("azp", DESK)
                .add("typ", "Bearer")
                .add("sub", "test-" + username)
                .add("preferred_username", username)
                .add("iat", now - 10)
                .add("exp", now + 300)
                .add("realm_access", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add(role)))
                .build();
    }

    private String sign(JsonObject claims, PrivateKey key, String keyId) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId).build().toString();
        String signed = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm's signing key, as the realm file gives it to Keycloak. */
    private static PrivateKey realmKey() {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(Path.of(System.getProperty("it.oidc.realm"))))) {
            String pkcs8 = reader.readObject().getJsonObject("components").getJsonArray("org.keycloak.keys.KeyProvider")
                    .getJsonObject(0).getJsonObject("config").getJsonArray("privateKey").getString(0);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id under which the realm publishes its signing key (the only one it has). */
    private String realmKeyId() {
        JsonObject keys = json(send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs")).build(), "the keys"));
        return keys.getJsonArray("keys").stream().map(JsonValue::asJsonObject)
                .filter(k -> "sig".equals(k.getString("use", "sig")) && "RS256".equals(k.getString("alg", "")))
                .findFirst().orElseThrow().getString("kid");
    }

    private String send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The identity provider refused " + what + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
