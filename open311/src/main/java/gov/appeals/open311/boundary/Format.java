package gov.appeals.open311.boundary;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;

/**
 * The two formats of GeoReport v2, chosen by the URL's extension alone: clients send all kinds of
 * Accept and Content-Type headers, and expect the format they named in the URL.
 */
enum Format {
    XML("text/xml"),
    JSON("application/json");

    /** The plain content type, as discovery lists it. */
    final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    MediaType mediaType() {
        return MediaType.valueOf(contentType + "; charset=utf-8");
    }

    static Optional<Format> of(String extension) {
        return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
            case "xml" -> Optional.of(XML);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format a request's path names; XML, the format GeoReport requires, when it names none. */
    static Format ofPath(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? XML : of(last.substring(dot + 1)).orElse(XML);
    }
}
