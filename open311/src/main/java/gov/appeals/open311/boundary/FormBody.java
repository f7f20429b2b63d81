package gov.appeals.open311.boundary;

import gov.appeals.platform.Refusal;
import jakarta.ws.rs.core.EntityPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a POST, read whatever Content-Type the client declared: form-encoded UTF-8 as
 * GeoReport says, or the fields of a multipart form. A body past the limit is refused before it is
 * read further; files are not taken here (GeoReport sends a media_url instead).
 */
final class FormBody {

    private FormBody() {
    }

    static Map<String, List<String>> parse(InputStream body, int maxBytes) {
        String text = new String(read(body, maxBytes, "body"), StandardCharsets.UTF_8);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).strip();
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalidField("body", "is not application/x-www-form-urlencoded: " + e.getMessage());
            }
        }
        return fields;
    }

    static Map<String, List<String>> fields(List<EntityPart> parts, int maxBytes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int left = maxBytes;
        for (EntityPart part : parts) {
            if (part.getFileName().isPresent()) {
                throw Refusal.invalidField(part.getName(), "is a file; send a link to it as media_url instead");
            }
            byte[] value = read(part.getContent(), left, part.getName());
            left -= value.length;
            fields.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static byte[] read(InputStream in, int maxBytes, String field) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw Refusal.tooLarge(field, "the request is larger than " + maxBytes / 1024 + " KiB");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request", e);
        }
    }
}
