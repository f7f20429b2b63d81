package gov.appeals.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose law sets the terms and what this deployment overrides, read through MicroProfile Config
 * like the platform's settings ({@code -Dappeals.jurisdiction=KZ}, {@code APPEALS_TERMS_ANSWER=10WD}).
 */
@ApplicationScoped
public class TermSettings {

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
}
