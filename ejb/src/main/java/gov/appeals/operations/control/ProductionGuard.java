package gov.appeals.operations.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production server (use-oidc.cli) refuses to start with a setting that is fine for trying the
 * system and wrong for an office: the citizens' links over plain HTTP. The demo key and the
 * missing passwords are refused where they are used (AccessLogKey, the server's scripts).
 */
@Singleton
@Startup
public class ProductionGuard {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Inject
    AppealsSettings settings;

    @Inject
    @ConfigProperty(name = "appeals.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @PostConstruct
    void check() {
        if (settings.production()) {
            List<String> refusals = refusals(publicUrl);
            if (!refusals.isEmpty()) {
                throw new IllegalStateException("This production server does not start: " + String.join("; ", refusals));
            }
        }
    }

    /** What a production server must not run with. */
    static List<String> refusals(String publicUrl) {
        List<String> refusals = new ArrayList<>();
        URI url;
        try {
            url = URI.create(publicUrl.strip());
        } catch (IllegalArgumentException e) {
            refusals.add("appeals.public-url (APPEALS_PUBLIC_URL) is no URL: " + publicUrl);
            return refusals;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && LOCAL_HOSTS.contains(host))) {
            refusals.add("appeals.public-url (APPEALS_PUBLIC_URL) is " + publicUrl + ": the links the citizens are sent carry"
                    + " their access code, so they must be https:// (plain http only for localhost)");
        }
        return refusals;
    }
}
