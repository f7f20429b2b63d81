package gov.appeals.appeal.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's key that seals the access log. Given by {@code appeals.access-log.key}
 * ({@code APPEALS_ACCESS_LOG_KEY}); otherwise, on a production server, made at its first start
 * into its data directory and read from there after; otherwise, on the demo set-up only, a key
 * written in this repository. A production server refuses to start with the demo key: with it
 * anyone could rewrite the chain.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccessLogKey {

    static final String DEMO_KEY = "appeals-demo-access-log-key";
    /** A key given by configuration is at least this long: a password-like word is too easy to guess. */
    static final int MIN_LENGTH = 16;
    static final String FILE_NAME = "access-log.key";

    private static final Logger LOG = Logger.getLogger(AccessLogKey.class.getName());

    @Inject
    @ConfigProperty(name = "appeals.access-log.key")
    Optional<String> configured;

    @Inject
    AppealsSettings settings;

    private SecretKeySpec key;

    @PostConstruct
    void resolve() {
        String dataDir = System.getProperty("jboss.server.data.dir");
        key = new SecretKeySpec(chosen(configured, settings.production(), dataDir == null ? null : Path.of(dataDir, "appeals"))
                .getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** HMAC-SHA-256 of the text under the key, in hex. */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    static String chosen(Optional<String> configured, boolean production, Path dataDir) {
        String given = configured.map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        if (!production) {
            if (given == null || given.equals(DEMO_KEY)) {
                LOG.warning("The access log is sealed with the demo key: a production server makes its own or takes"
                        + " appeals.access-log.key (APPEALS_ACCESS_LOG_KEY)");
                return DEMO_KEY;
            }
            return given;
        }
        if (DEMO_KEY.equals(given)) {
            throw new IllegalStateException("A production server does not seal its access log with the demo key, which"
                    + " is written in the project's repository: set APPEALS_ACCESS_LOG_KEY to a secret of the office's own,"
                    + " or leave it unset and the server makes one");
        }
        if (given != null) {
            if (given.length() < MIN_LENGTH) {
                throw new IllegalStateException("The access log's key (APPEALS_ACCESS_LOG_KEY) is shorter than "
                        + MIN_LENGTH + " characters");
            }
            return given;
        }
        if (dataDir == null) {
            throw new IllegalStateException("A production server needs the access log's key: set APPEALS_ACCESS_LOG_KEY");
        }
        return madeOnce(dataDir);
    }

    /** The key in the data directory, made there (readable by the server's user alone) if it is not yet. */
    static String madeOnce(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                try {
                    Files.writeString(Files.createFile(file), HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
                    setOwnerOnly(file);
                    LOG.warning("Made the access log's key in " + file + ". Every node of a cluster seals with the same key:"
                            + " copy this file to the others, or give them all APPEALS_ACCESS_LOG_KEY; keep a copy where the"
                            + " office keeps its secrets, since without it the sealed entries cannot be verified");
                } catch (FileAlreadyExistsException anotherStartMadeIt) {
                    // read below
                }
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException("The access log's key in " + file + " is shorter than " + MIN_LENGTH
                        + " characters");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The access log's key in " + file + " cannot be read or made", e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect it
        }
    }
}
