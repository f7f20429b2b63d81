package gov.appeals.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A failed message keeps why it failed, and nothing of whom it was for. */
class NotificationTest {

    private static Notification to(Medium medium, String recipient) {
        return new Notification(1L, NotificationEvent.REGISTERED, medium, recipient, "ru", "s", "b", Instant.EPOCH);
    }

    @Test
    void aMailServersRefusalIsKeptWithoutTheAddressItQuotes() {
        Notification mail = to(Medium.EMAIL, "Aibek.Osmonov@Example.kg");
        mail.failed(Instant.EPOCH, "Invalid Addresses;\n  nested exception is:\n\tjakarta.mail.SendFailedException: 550 5.1.1"
                + " <aibek.osmonov@example.kg>: Recipient address rejected: User unknown in virtual mailbox table", 8);
        assertEquals("Invalid Addresses;\n  nested exception is:\n\tjakarta.mail.SendFailedException: 550 5.1.1"
                + " <[recipient]>: Recipient address rejected: User unknown in virtual mailbox table", mail.getLastError());
    }

    @Test
    void anyAddressOrNumberInTheTextGoesAndTheServersOwnWordsStay() {
        Notification sms = to(Medium.SMS, "+996 555 123 456");
        sms.failed(Instant.EPOCH, "Gateway 10.0.0.7:8080 answered HTTP 503 for 0555-123-456 (copy to ops@gateway.kg)", 8);
        assertEquals("Gateway 10.0.0.7:8080 answered HTTP 503 for [recipient] (copy to [recipient])", sms.getLastError());
        assertFalse(sms.getLastError().contains("123"));
    }

    @Test
    void theKeptTextStaysWithinItsColumn() {
        Notification mail = to(Medium.EMAIL, "a@b.kg");
        mail.failed(Instant.EPOCH, "x".repeat(5000), 8);
        assertEquals(1000, mail.getLastError().length());
    }
}
