package gov.appeals.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The terms of each jurisdiction's preset, on that jurisdiction's calendar and in its time zone. */
class CaseTermsTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant endOf(String date, ZoneId zone) {
        return LocalDate.parse(date).atTime(23, 59, 59).atZone(zone).toInstant();
    }

    @Test
    void kyrgyzstanAnswersIn14WorkingDaysAfterRegistrationAndForwardsIn5Days() {
        // Kurmanjan Datka day off, 8 March 2027 (Monday), falls inside the term.
        WorkingDayCalendar kg = new WorkingDayCalendar(Set.of(LocalDate.of(2027, 3, 8)), Set.of());
        CaseTerms terms = CaseTerms.of(JurisdictionPreset.KG, kg, BISHKEK);
        Instant registered = at("2027-03-01T10:00", BISHKEK); // Monday
        // 14 working days after 1 March, 8 March skipped: Monday 22 March.
        assertEquals(endOf("2027-03-22", BISHKEK), terms.answerDue(registered.minusSeconds(86_400 * 3), registered));
        assertEquals(endOf("2027-03-06", BISHKEK), terms.forwardDue(registered), "5 calendar days");
    }

    @Test
    void kazakhstanCountsFifteenWorkingDaysFromReceiptAndForwardsInThreeWorkingDays() {
        WorkingDayCalendar kz = new WorkingDayCalendar(Set.of(), Set.of());
        CaseTerms terms = CaseTerms.of(JurisdictionPreset.KZ, kz, ALMATY);
        Instant received = at("2027-02-01T18:30", ALMATY); // Monday, after hours
        Instant registered = at("2027-02-02T09:00", ALMATY);
        assertEquals(endOf("2027-02-22", ALMATY), terms.answerDue(received, registered), "from receipt, not registration");
        assertEquals(endOf("2027-02-05", ALMATY), terms.forwardDue(registered), "3 working days");
    }

    @Test
    void russiaCountsThirtyCalendarDaysFromRegistration() {
        CaseTerms terms = CaseTerms.of(JurisdictionPreset.RU, new WorkingDayCalendar(Set.of(), Set.of()), MOSCOW);
        Instant registered = at("2027-01-15T12:00", MOSCOW);
        assertEquals(endOf("2027-02-14", MOSCOW), terms.answerDue(registered.minusSeconds(3600), registered));
        assertEquals(endOf("2027-01-22", MOSCOW), terms.forwardDue(registered), "7 days");
    }

    @Test
    void anExtensionIsBoundedByThePreset() {
        WorkingDayCalendar plain = new WorkingDayCalendar(Set.of(), Set.of());
        Instant due = endOf("2027-01-31", BISHKEK);
        CaseTerms kg = CaseTerms.of(JurisdictionPreset.KG, plain, BISHKEK);
        assertEquals(Optional.of(endOf("2027-03-02", BISHKEK)), kg.extendedDue(due, 30));
        assertEquals(Optional.empty(), kg.extendedDue(due, 31), "KG: at most 30 days");
        assertEquals(30, kg.maxExtensionDays(due));

        CaseTerms kz = CaseTerms.of(JurisdictionPreset.KZ, plain, ALMATY);
        Instant kzDue = endOf("2027-01-31", ALMATY);
        assertEquals(59, kz.maxExtensionDays(kzDue), "KZ: two months in all, 31 January to 31 March");
        assertEquals(Optional.of(endOf("2027-03-31", ALMATY)), kz.extendedDue(kzDue, 59));
        assertEquals(Optional.empty(), kz.extendedDue(kzDue, 60));
    }

    @Test
    void dueSoonReachesTheEndOfTheThirdWorkingDayAhead() {
        WorkingDayCalendar kg = new WorkingDayCalendar(Set.of(LocalDate.of(2027, 3, 8)), Set.of());
        CaseTerms terms = CaseTerms.of(JurisdictionPreset.KG, kg, BISHKEK);
        // From Tuesday 9 March: Wednesday, Thursday, Friday.
        assertEquals(endOf("2027-03-12", BISHKEK), terms.dueSoonHorizon(at("2027-03-09T09:00", BISHKEK)));
        // From Friday 5 March: the weekend and the 8 March holiday are not counted.
        assertEquals(endOf("2027-03-11", BISHKEK), terms.dueSoonHorizon(at("2027-03-05T23:00", BISHKEK)));
        assertEquals(endOf("2027-03-10", BISHKEK), terms.withLimits(2, 2).dueSoonHorizon(at("2027-03-05T23:00", BISHKEK)));
    }

    @Test
    void overridesReplaceOneTermOfThePreset() {
        CaseTerms terms = CaseTerms.of(JurisdictionPreset.KG, new WorkingDayCalendar(Set.of(), Set.of()), BISHKEK)
                .withAnswer(Term.parse("10WD"));
        Instant registered = at("2027-03-01T10:00", BISHKEK);
        assertEquals(endOf("2027-03-15", BISHKEK), terms.answerDue(registered, registered), "a draft law's 10 working days");
    }

    @Test
    void termsAreWrittenAsWorkingDaysDaysOrMonths() {
        assertEquals(new Term(14, Term.Unit.WORKING_DAYS), Term.parse("14WD"));
        assertEquals(new Term(30, Term.Unit.DAYS), Term.parse(" 30d "));
        assertEquals(new Term(2, Term.Unit.MONTHS), Term.parse("2M"));
        assertEquals("14WD", Term.parse("14wd").toString());
        assertThrows(IllegalArgumentException.class, () -> Term.parse("two weeks"));
    }
}
