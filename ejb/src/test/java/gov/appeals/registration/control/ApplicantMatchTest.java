package gov.appeals.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.ApplicantDetails;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.PhoneCall;
import gov.appeals.intake.entity.ReceptionVisit;
import gov.appeals.registration.control.ApplicantMatch.Earlier;
import gov.appeals.registration.entity.AppealStatus;
import gov.appeals.registration.entity.LinkType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicantMatchTest {

    private static AppealSubmission phoneCall(String callerNumber, ApplicantDetails applicant) {
        return new AppealSubmission(Channel.PHONE, AppealKind.APPLICATION, "s", "ru", null, null, applicant, null, null,
                OffsetDateTime.now(), new PhoneCall(callerNumber, null), null, null);
    }

    private static AppealSubmission receptionVisit(ApplicantDetails applicant) {
        return new AppealSubmission(Channel.RECEPTION, AppealKind.APPLICATION, "s", "ky", null, null, applicant, null, null,
                OffsetDateTime.now(), null, new ReceptionVisit("BISHKEK_CENTRAL", null), null);
    }

    @Test
    void theSamePersonIsRecognisedAcrossChannels() {
        ApplicantMatch byPhone = ApplicantMatch.of(phoneCall("+996 (555) 12-34-56", null));
        ApplicantMatch atDesk = ApplicantMatch.of(receptionVisit(
                new ApplicantDetails("Асанов Бакыт", "0555 123456", " Bakyt@Mail.KG ", null, "  ID-1234567 ")));
        assertEquals("555123456", byPhone.phone(), "the caller's number when no phone was given");
        assertEquals(byPhone.phone(), atDesk.phone(), "country and trunk prefixes dropped");
        assertEquals("bakyt@mail.kg", atDesk.email());
        assertEquals("ID1234567", atDesk.nationalId());
    }

    @Test
    void fragmentsIdentifyNobody() {
        ApplicantMatch nobody = ApplicantMatch.of(phoneCall("112", null));
        assertNull(nobody.phone());
        assertFalse(nobody.identifiesSomeone());
    }

    private static Earlier earlier(long id, AppealStatus status, boolean answered, String registeredAt) {
        return new Earlier(id, status, answered, Instant.parse(registeredAt));
    }

    @Test
    void anOpenEarlierAppealMakesADuplicateOfTheOriginal() {
        var verdict = ApplicantMatch.judge(List.of(
                earlier(3, AppealStatus.ASSIGNED, false, "2026-05-03T00:00:00Z"),
                earlier(1, AppealStatus.CLOSED, true, "2026-01-01T00:00:00Z"),
                earlier(2, AppealStatus.REGISTERED, false, "2026-04-01T00:00:00Z"))).orElseThrow();
        assertEquals(LinkType.DUPLICATE, verdict.type());
        assertEquals(2, verdict.earlier().id(), "the oldest open one: the original the others duplicate");
    }

    @Test
    void onlyAnsweredEarlierAppealsMakeARepeatOfTheLatestAnswer() {
        var verdict = ApplicantMatch.judge(List.of(
                earlier(1, AppealStatus.CLOSED, true, "2026-01-01T00:00:00Z"),
                earlier(2, AppealStatus.ANSWERED, true, "2026-03-01T00:00:00Z"),
                earlier(3, AppealStatus.CLOSED, false, "2026-06-01T00:00:00Z"))).orElseThrow();
        assertEquals(LinkType.REPEAT, verdict.type());
        assertEquals(2, verdict.earlier().id());
    }

    @Test
    void adviceGivenAtIntakeIsNeitherDuplicateNorRepeated() {
        assertTrue(ApplicantMatch.judge(List.of(earlier(1, AppealStatus.CLOSED, false, "2026-01-01T00:00:00Z"))).isEmpty());
        assertTrue(ApplicantMatch.judge(List.of()).isEmpty());
    }
}
