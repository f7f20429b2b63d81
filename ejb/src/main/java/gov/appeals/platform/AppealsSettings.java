package gov.appeals.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployment settings, read through MicroProfile Config: a system property
 * ({@code -Dappeals.time-zone=Asia/Almaty}) or an environment variable ({@code APPEALS_TIME_ZONE})
 * overrides the defaults in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class AppealsSettings {

    @Inject
    @ConfigProperty(name = "appeals.production", defaultValue = "false")
    boolean production;

    /** The issuer of the production login (use-oidc.cli reads it from the same variable). */
    @Inject
    @ConfigProperty(name = "appeals.oidc.provider-url")
    Optional<String> providerUrl;

    @Inject
    @ConfigProperty(name = "appeals.oidc.console-client-id", defaultValue = "appeals-desk")
    String consoleClientId;

    @Inject
    @ConfigProperty(name = "appeals.time-zone")
    String timeZone;

    @Inject
    @ConfigProperty(name = "appeals.repeat.window-days", defaultValue = "365")
    int repeatWindowDays;

    @Inject
    @ConfigProperty(name = "appeals.intake.relay.period-seconds", defaultValue = "5")
    int relayPeriodSeconds;

    @Inject
    @ConfigProperty(name = "appeals.intake.relay.resend-after-seconds", defaultValue = "30")
    int relayResendAfterSeconds;

    /**
     * Whether this server is an office's production server (use-oidc.cli says so): no demo key,
     * no demo password, no plain-HTTP public address is accepted; the demo set-up is the default.
     */
    public boolean production() {
        return production;
    }

    /**
     * The office's identity provider (its issuer, without a trailing slash), at which the consoles
     * sign in on a production server; empty with the demo accounts.
     */
    public Optional<URI> identityProvider() {
        return production ? providerUrl.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> URI.create(url.replaceAll("/+$", ""))) : Optional.empty();
    }

    /** The public client as which the consoles sign in at {@link #identityProvider()}. */
    public String consoleClientId() {
        return consoleClientId;
    }

    /** The deployment's time zone: deadlines end at 23:59:59 there, and registration years are counted there. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** How far back an earlier appeal of the same person on the same subject makes a new one a duplicate or repeat. */
    public int repeatWindowDays() {
        return repeatWindowDays;
    }

    /** The pause between two rounds of the intake relay on this node. */
    public Duration relayPeriod() {
        return Duration.ofSeconds(relayPeriodSeconds);
    }

    /**
     * How much older than the queue's oldest waiting message a queued receipt's hand-over must be
     * before the relay sends it again: room for the messages that consumers hold in their buffers
     * and those being registered right now, neither of which a queue browser sees.
     */
    public Duration relayResendAfter() {
        return Duration.ofSeconds(relayResendAfterSeconds);
    }
}
