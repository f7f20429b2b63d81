package gov.appeals.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's mailbox: whether it is read, how often, with which account, and its folders. Where
 * it is (host, port, IMAPS) is the server's mail session {@code java:jboss/mail/AppealsMailbox},
 * set by the CLI script from {@code appeals.mailbox.host}, {@code .port} and {@code .ssl}.
 */
@ApplicationScoped
public class MailboxSettings {

    @Inject
    @ConfigProperty(name = "appeals.mailbox.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "appeals.mailbox.period-seconds", defaultValue = "60")
    int periodSeconds;

    @Inject
    @ConfigProperty(name = "appeals.mailbox.user", defaultValue = "appeals")
    String user;

    /** From the environment ({@code APPEALS_MAILBOX_PASSWORD}) or a config source, never the build. */
    @Inject
    @ConfigProperty(name = "appeals.mailbox.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "appeals.mailbox.folder", defaultValue = "INBOX")
    String folder;

    @Inject
    @ConfigProperty(name = "appeals.mailbox.set-aside-folder", defaultValue = "For a clerk")
    String setAsideFolder;

    public boolean enabled() {
        return enabled;
    }

    public Duration period() {
        return Duration.ofSeconds(periodSeconds);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password.orElse("");
    }

    /** Where new mail arrives. */
    public String folder() {
        return folder;
    }

    /** Where a mail that cannot be filed goes, for a clerk to deal with by hand; never deleted. */
    public String setAsideFolder() {
        return setAsideFolder;
    }
}
