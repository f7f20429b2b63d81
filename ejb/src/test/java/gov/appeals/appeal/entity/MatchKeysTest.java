package gov.appeals.appeal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.PhoneCall;
import gov.appeals.submission.entity.ReceptionVisit;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MatchKeysTest {

    private static AppealSubmission phoneCall(String callerNumber, ApplicantDetails applicant) {
        return new AppealSubmission(Channel.PHONE, AppealKind.APPLICATION, "s", "ru", null, null, applicant, null, null,
                OffsetDateTime.now(), new PhoneCall(callerNumber, null), null, null, null, null, null, null);
    }

    private static AppealSubmission receptionVisit(ApplicantDetails applicant) {
        return new AppealSubmission(Channel.RECEPTION, AppealKind.APPLICATION, "s", "ky", null, null, applicant, null, null,
                OffsetDateTime.now(), null, new ReceptionVisit("BISHKEK_CENTRAL", null), null, null, null, null, null);
    }

    @Test
    void theSamePersonIsRecognisedAcrossChannels() {
        MatchKeys byPhone = MatchKeys.of(phoneCall("+996 (555) 12-34-56", null));
        MatchKeys atDesk = MatchKeys.of(receptionVisit(
                new ApplicantDetails("Асанов Бакыт", "0555 123456", " Bakyt@Mail.KG ", null, "  ID-1234567 ")));
        assertEquals("555123456", byPhone.phone(), "the caller's number when no phone was given");
        assertEquals(byPhone.phone(), atDesk.phone(), "country and trunk prefixes dropped");
        assertEquals("bakyt@mail.kg", atDesk.email());
        assertEquals("ID1234567", atDesk.nationalId());
    }

    @Test
    void fragmentsIdentifyNobody() {
        MatchKeys nobody = MatchKeys.of(phoneCall("112", null));
        assertNull(nobody.phone());
        assertFalse(nobody.identifiesSomeone());
    }
}
