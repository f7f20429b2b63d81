package gov.appeals.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.TestAppeals;
import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.ApplicantDetails;
import gov.appeals.intake.entity.Channel;
import gov.appeals.notifications.control.NotificationOutbox.Recipient;
import org.junit.jupiter.api.Test;

/** Whom the outbox writes to: decided before anything is rendered, on every registration. */
class NotificationRecipientTest {

    private static Appeal by(Channel channel, ApplicantDetails applicant) {
        return TestAppeals.registered("2026-000001", TestAppeals.submission(channel, AppealKind.APPLICATION, applicant));
    }

    @Test
    void anAnonymousOrNamelessAppealIsWrittenToNobody() {
        assertNull(NotificationOutbox.recipient(by(Channel.PHONE, null), true), "anonymous: no answer is owed");
        assertNull(NotificationOutbox.recipient(by(Channel.RECEPTION,
                new ApplicantDetails("  ", "+996555123456", "a@example.kg", null, null)), true), "nobody to address");
    }

    @Test
    void eMailAndSmsWhereTheAppealHasTheAddressAndTheGatewayIsConfigured() {
        Appeal both = by(Channel.RECEPTION, new ApplicantDetails("Асанов Бакыт", " +996555123456 ", " b@example.kg ", null, null));
        assertEquals(new Recipient("b@example.kg", "+996555123456"), NotificationOutbox.recipient(both, true));
        assertEquals(new Recipient("b@example.kg", null), NotificationOutbox.recipient(both, false), "no SMS gateway");
    }

    @Test
    void aHotlineCallerIsTextedAtTheNumberTheyCalledFrom() {
        Appeal called = by(Channel.PHONE, new ApplicantDetails("Асанов Бакыт", null, null, null, null));
        assertEquals(new Recipient(null, "+996 555 000 111"), NotificationOutbox.recipient(called, true));
        assertNull(NotificationOutbox.recipient(called, false), "no e-mail and no gateway: nobody to write to");
    }

    @Test
    void aVisitorWithANameOnlyIsWrittenToNobody() {
        assertNull(NotificationOutbox.recipient(by(Channel.RECEPTION,
                new ApplicantDetails("Асанов Бакыт", null, null, "Бишкек", null)), true));
    }
}
