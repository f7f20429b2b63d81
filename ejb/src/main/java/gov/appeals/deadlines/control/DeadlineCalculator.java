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
    TermSettings termSettings;

    @Inject
    HolidayCalendars calendars;

    public CaseTerms terms() {
        return termsWith(calendars.of(termSettings.jurisdictionPreset().name()));
    }

    /** The terms in force, counted on {@code calendar} instead of the one in force. */
    public CaseTerms termsWith(WorkingDayCalendar calendar) {
        JurisdictionPreset preset = termSettings.jurisdictionPreset();
        CaseTerms terms = CaseTerms.of(preset, calendar, settings.zone());
        terms = termSettings.answerTerm().map(terms::withAnswer).orElse(terms);
        terms = termSettings.forwardTerm().map(terms::withForward).orElse(terms);
        terms = termSettings.extensionMax().map(terms::withExtensionMax).orElse(terms);
        return terms.withLimits(termSettings.dueSoonWorkingDays(), termSettings.redirectionLimit());
    }
}
