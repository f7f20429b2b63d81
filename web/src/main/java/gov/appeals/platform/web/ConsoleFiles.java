package gov.appeals.platform.web;

import gov.appeals.platform.AppealsSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers of the console's static files. The libraries under /_static/ and /webjars/ carry their version in
 * their path, so a browser keeps them a year without asking; the console's own files are asked
 * for again each time and answered 304 while unchanged, so a second visit moves almost nothing.
 * The page may run only this server's scripts and its own import map (by its hash, read from the
 * page at start), connect only here (and to the office's identity provider, with the production
 * login), show in frames only what it read itself (an appeal's PDF, as a blob), and be framed by no one.
 */
@WebFilter(urlPatterns = {"/", "/index.html", "/lookup.html", "/statistics.html", "/desks/*", "/_static/*", "/webjars/*"})
public class ConsoleFiles extends HttpFilter {

    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    AppealsSettings settings;

    private String pagePolicy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String importMap;
        try (InputStream page = config.getServletContext().getResourceAsStream("/index.html")) {
            Matcher m = IMPORT_MAP.matcher(page == null ? "" : new String(page.readAllBytes(), StandardCharsets.UTF_8));
            importMap = m.find() ? m.group(1) : "";
        } catch (IOException e) {
            throw new ServletException("The console's page cannot be read", e);
        }
        // The console reads the provider's discovery document and exchanges the code for tokens there.
        String provider = settings.identityProvider()
                .map(issuer -> " " + issuer.getScheme() + "://" + issuer.getRawAuthority()).orElse("");
        pagePolicy = "default-src 'none'; script-src 'self' '" + sha256(importMap) + "'; style-src 'self'; "
                + "img-src 'self' data: blob:; frame-src blob:; connect-src 'self'" + provider + "; form-action 'self'; frame-ancestors 'none'; "
                + "base-uri 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/_static/") || path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else {
            response.setHeader("Cache-Control", "no-cache");
        }
        if (path.equals("/") || path.endsWith(".html")) {
            response.setHeader("Content-Security-Policy", pagePolicy);
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        chain.doFilter(request, response);
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
