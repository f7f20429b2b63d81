package gov.appeals.submission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.Open311Report;
import gov.appeals.submission.entity.PhoneCall;
import gov.appeals.submission.entity.RadioCall;
import gov.appeals.submission.entity.ReceivedVia;
import gov.appeals.submission.entity.ReceptionVisit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The intake rules, once for every door: what each channel's submission must hold. */
class SubmissionRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final OffsetDateTime RECEIVED = NOW.atOffset(ZoneOffset.ofHours(6));

    private final SubmissionRules rules = rules();

    private static SubmissionRules rules() {
        SubmissionRules rules = new SubmissionRules();
        rules.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        rules.catalog = new ReferenceCatalog() {
            @Override
            public boolean isCategory(String code) {
                return Set.of("SOCIAL", "LAND_HOUSING").contains(code);
            }

            @Override
            public boolean isRegion(String code) {
                return code.equals("BISHKEK");
            }

            @Override
            public boolean isBody(String code) {
                return code.equals("MIN_HEALTH");
            }

            @Override
            public boolean isReceptionPoint(String code) {
                return code.equals("BISHKEK_CENTRAL");
            }
        };
        return rules;
    }

    private static AppealSubmission call(AppealKind kind, String summary, ApplicantDetails applicant, String respondent,
            OffsetDateTime received, PhoneCall call) {
        return new AppealSubmission(Channel.PHONE, kind, summary, "ru", "SOCIAL", "BISHKEK", applicant, null, respondent,
                received, call, null, null, null, null, List.of(), null);
    }

    private Map<String, String> violations(AppealSubmission s) {
        SubmissionRules.Result result = rules.check(s);
        assertEquals(result.violations().isEmpty(), result.accepted());
        return result.violations().stream().collect(Collectors.toMap(Violation::field, Violation::message));
    }

    @Test
    void aCompleteCallPassesAndIsChecked() {
        SubmissionRules.Result result = rules.check(call(AppealKind.APPLICATION, "Не выплачивают пенсию",
                new ApplicantDetails("Асанов Бакыт", "+996 555 123 456", "bakyt@example.kg", null, "22001199000123"), null,
                RECEIVED, new PhoneCall("+996 555 123 456", null)));
        assertNotNull(result.checked());
        assertEquals(List.of(), result.violations());
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        Map<String, String> found = violations(new AppealSubmission(Channel.PHONE, null, "  ", "Kyrgyz", "NOPE", "ATLANTIS",
                new ApplicantDetails("x".repeat(301), "call me", "not-an-email", null, "!"), 0, "MINISTRY_OF_MAGIC",
                RECEIVED.plusHours(1), new PhoneCall(null, null), null, null, null, null, List.of(), null));
        assertEquals(Set.of("kind", "summary", "language", "category", "region", "respondent", "signatories",
                "applicant.fullName", "applicant.phone", "applicant.email", "applicant.nationalId", "receivedAt",
                "phoneCall.callerNumber"), found.keySet());
        assertTrue(found.get("category").contains("NOPE"), found.get("category"));
        assertTrue(found.get("receivedAt").contains("future"));
    }

    @Test
    void aRespondentIsTheBodyAComplaintIsAbout() {
        PhoneCall from = new PhoneCall("+996700000001", null);
        assertEquals(Set.of("respondent"), violations(call(AppealKind.APPLICATION, "Прошу", null, "MIN_HEALTH", RECEIVED, from))
                .keySet());
        assertEquals(Map.of(), violations(call(AppealKind.COMPLAINT, "Жалоба на врача", null, "MIN_HEALTH", RECEIVED, from)));
    }

    @Test
    void eachChannelNeedsItsOwnPartAndNoOther() {
        AppealSubmission visit = new AppealSubmission(Channel.RECEPTION, AppealKind.APPLICATION, "Прошу", null, null, null, null,
                null, null, RECEIVED, null, new ReceptionVisit("MOON_BASE", "A-1".repeat(20)), null, null, null, List.of(), null);
        assertEquals(Set.of("receptionVisit.receptionPoint", "receptionVisit.ticketNumber"), violations(visit).keySet());
        AppealSubmission mixed = new AppealSubmission(Channel.RADIO, AppealKind.APPLICATION, "Прошу", null, null, null, null,
                null, null, RECEIVED, new PhoneCall("+996700000001", null), null, null, null, null, List.of(), null);
        assertEquals(Set.of("phoneCall", "radioCall"), violations(mixed).keySet());
    }

    @Test
    void aRadioAppealAnsweredOnAirCarriesTheAnswer() {
        AppealSubmission onAir = new AppealSubmission(Channel.RADIO, AppealKind.APPLICATION, "Вопрос в эфире", null, null, null,
                null, null, null, RECEIVED, null, null, new RadioCall(" ", null, null, true, null), null, null, List.of(), null);
        assertEquals(Set.of("radioCall.programme", "radioCall.airDate", "radioCall.onAirAnswer"), violations(onAir).keySet());
    }

    @Test
    void aLetterIsNotDatedAfterItArrivedAndCameByAWayLettersCome() {
        AppealSubmission letter = new AppealSubmission(Channel.WRITTEN, AppealKind.COMPLAINT, "Письмо", null, null, null, null,
                null, null, RECEIVED, null, null, null, new Letter(ReceivedVia.EMAIL, null, LocalDate.of(2026, 12, 10)), null,
                List.of(), null);
        assertEquals(Set.of("letter.receivedVia", "letter.letterDate"), violations(letter).keySet());
    }

    @Test
    void anOpen311ReportHasAPlaceAndAWebLink() {
        AppealSubmission report = new AppealSubmission(Channel.ELECTRONIC, AppealKind.APPLICATION, "Яма", null, "LAND_HOUSING",
                null, null, null, null, RECEIVED, null, null, null, new Letter(ReceivedVia.OPEN311, null, null),
                new Open311Report(1, 142.8, 74.6, null, null, "javascript:alert(1)"), List.of(), null);
        assertEquals(Set.of("open311.latitude", "open311.mediaUrl"), violations(report).keySet());
        AppealSubmission nowhere = new AppealSubmission(Channel.ELECTRONIC, AppealKind.APPLICATION, "Яма", null, "LAND_HOUSING",
                null, null, null, null, RECEIVED, null, null, null, new Letter(ReceivedVia.OPEN311, null, null),
                new Open311Report(1, null, null, null, null, null), List.of(), null);
        assertTrue(violations(nowhere).get("open311.latitude").contains("location is required"));
    }

    @Test
    void aReconsiderationOpenedByAVerdictNeedsNoCallOrVisit() {
        AppealSubmission reconsideration = new AppealSubmission(Channel.PHONE, AppealKind.COMPLAINT,
                "Reconsideration of 2026-000001: not satisfied", "ru", "SOCIAL", null, null, null, null, RECEIVED, null, null, null,
                null, null, List.of(), "2026-000001");
        assertEquals(List.of(), rules.check(reconsideration).violations());
    }
}
