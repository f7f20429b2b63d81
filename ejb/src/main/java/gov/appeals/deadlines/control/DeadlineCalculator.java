package gov.appeals.deadlines.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The terms in force: the configured jurisdiction's preset, its overrides, and its holiday
 * calendar as the database holds it now.
 */
@ApplicationScoped
public class DeadlineCalculator {

    @Inject
    AppealsSettings settings;

    @Inject
    HolidayCalendars calendars;

    public CaseTerms terms() {
        JurisdictionPreset preset = settings.jurisdictionPreset();
        CaseTerms terms = CaseTerms.of(preset, calendars.of(preset.name()), settings.zone());
        terms = settings.answerTerm().map(terms::withAnswer).orElse(terms);
        terms = settings.forwardTerm().map(terms::withForward).orElse(terms);
        terms = settings.extensionMax().map(terms::withExtensionMax).orElse(terms);
        return terms.withLimits(settings.dueSoonWorkingDays(), settings.redirectionLimit());
    }
}
