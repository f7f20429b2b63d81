package gov.appeals.open311.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import gov.appeals.appeal.control.AppealRegistered;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.TestAppeals;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A request waiting for its appeal is completed by registration's event, and forgotten after. */
class RegistrationWaitsTest {

    @Test
    void theEventOfItsReceiptCompletesTheWaitWithTheNumber() {
        RegistrationWaits waits = new RegistrationWaits();
        Appeal appeal = TestAppeals.awaitingDispatcher("2026-000042");
        CompletableFuture<String> wait = waits.of(appeal.getReceiptId());
        assertSame(wait, waits.of(appeal.getReceiptId()), "one wait per receipt");
        waits.registered(new AppealRegistered(TestAppeals.awaitingDispatcher("2026-000043")));
        assertFalse(wait.isDone(), "another receipt's appeal");
        waits.registered(new AppealRegistered(appeal));
        assertEquals("2026-000042", wait.join());
        assertEquals(0, waits.size());
    }

    @Test
    void aWaitThatRanOutIsForgotten() {
        RegistrationWaits waits = new RegistrationWaits();
        UUID receipt = UUID.randomUUID();
        CompletableFuture<String> wait = waits.of(receipt);
        wait.complete(null);
        waits.done(receipt, wait);
        assertEquals(0, waits.size());
    }
}
