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
        return termsWith(calendars.of(settings.jurisdictionPreset().name()));
    }

    /** The terms in force, counted on {@code calendar} instead of the one in force. */
    public CaseTerms termsWith(WorkingDayCalendar calendar) {
        JurisdictionPreset preset = settings.jurisdictionPreset();
        CaseTerms terms = CaseTerms.of(preset, calendar, settings.zone());
        terms = settings.answerTerm().map(terms::withAnswer).orElse(terms);
        terms = settings.forwardTerm().map(terms::withForward).orElse(terms);
        terms = settings.extensionMax().map(terms::withExtensionMax).orElse(terms);
        return terms.withLimits(settings.dueSoonWorkingDays(), settings.redirectionLimit());
    }
}
