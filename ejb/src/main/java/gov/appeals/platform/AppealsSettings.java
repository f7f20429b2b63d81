package gov.appeals.platform;

import gov.appeals.deadlines.control.JurisdictionPreset;
import gov.appeals.deadlines.control.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
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
    @ConfigProperty(name = "appeals.time-zone")
    String timeZone;

    @Inject
    @ConfigProperty(name = "appeals.jurisdiction")
    String jurisdiction;

    @Inject
    @ConfigProperty(name = "appeals.terms.answer")
    Optional<String> answerTerm;

    @Inject
    @ConfigProperty(name = "appeals.terms.forward")
    Optional<String> forwardTerm;

    @Inject
    @ConfigProperty(name = "appeals.terms.extension-max")
    Optional<String> extensionMax;

    @Inject
    @ConfigProperty(name = "appeals.terms.due-soon-working-days", defaultValue = "3")
    int dueSoonWorkingDays;

    @Inject
    @ConfigProperty(name = "appeals.redirection.limit", defaultValue = "2")
    int redirectionLimit;

    @Inject
    @ConfigProperty(name = "appeals.repeat.window-days", defaultValue = "365")
    int repeatWindowDays;

    @Inject
    @ConfigProperty(name = "appeals.intake.relay.period-seconds", defaultValue = "5")
    int relayPeriodSeconds;

    @Inject
    @ConfigProperty(name = "appeals.intake.relay.resend-after-seconds", defaultValue = "30")
    int relayResendAfterSeconds;

    /** The deployment's time zone: deadlines end at 23:59:59 there, and registration years are counted there. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Whose law sets the terms and whose holiday calendar counts working days: KG, KZ or RU. */
    public JurisdictionPreset jurisdictionPreset() {
        return JurisdictionPreset.valueOf(jurisdiction.strip().toUpperCase(Locale.ROOT));
    }

    /** The answer term, when it overrides the jurisdiction's (e.g. {@code 10WD} under a draft law). */
    public Optional<Term> answerTerm() {
        return answerTerm.filter(s -> !s.isBlank()).map(Term::parse);
    }

    public Optional<Term> forwardTerm() {
        return forwardTerm.filter(s -> !s.isBlank()).map(Term::parse);
    }

    public Optional<Term> extensionMax() {
        return extensionMax.filter(s -> !s.isBlank()).map(Term::parse);
    }

    /** How many working days ahead the deadline watch calls an appeal due soon. */
    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    /** Redirections an appeal may take before it is escalated to supervisors. */
    public int redirectionLimit() {
        return redirectionLimit;
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
