package gov.appeals.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.TestAppeals;
import gov.appeals.notifications.control.NotificationOutbox.Recipient;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.ReceivedVia;
import java.time.OffsetDateTime;
import java.util.List;
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

    @Test
    void aMailsSenderIsAcknowledgedAtTheAddressItWroteFromEvenWithoutAName() {
        AppealSubmission mail = new AppealSubmission(Channel.ELECTRONIC, AppealKind.APPLICATION, "Не работает лифт", "ru",
                null, null, new ApplicantDetails(null, null, "a@example.kg", null, null), null, null,
                OffsetDateTime.parse("2026-11-23T10:00:00+06:00"), null, null, null,
                new Letter(ReceivedVia.EMAIL, null, null), null, List.of(), null);
        assertEquals(new Recipient("a@example.kg", null),
                NotificationOutbox.recipient(TestAppeals.registered("2026-000001", mail), true));
        AppealSubmission letter = new AppealSubmission(Channel.WRITTEN, AppealKind.APPLICATION, "Не работает лифт", "ru",
                null, null, new ApplicantDetails(null, null, "a@example.kg", null, null), null, null,
                OffsetDateTime.parse("2026-11-23T10:00:00+06:00"), null, null, null,
                new Letter(ReceivedVia.POST, null, null), null, List.of(), null);
        assertNull(NotificationOutbox.recipient(TestAppeals.registered("2026-000002", letter), true),
                "a nameless letter is owed nothing, whatever address it gives");
    }
}
