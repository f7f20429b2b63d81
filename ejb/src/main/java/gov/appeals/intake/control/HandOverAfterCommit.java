package gov.appeals.intake.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the messages of receipts written inside another component's transaction, once that has
 * committed, on a thread of its own: a message never names a receipt that may still roll back,
 * and one that is not sent (a crash, a broker away) is sent by the relay.
 */
@Stateless
public class HandOverAfterCommit {

    private static final Logger LOG = Logger.getLogger(HandOverAfterCommit.class.getName());

    /** Messages of receipts written in the current transaction. */
    public record Pending(List<HandOver> messages) {
    }

    @Inject
    IntakeEvents events;

    @Inject
    HandOverAfterCommit self;

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pending pending) {
        self.send(pending.messages());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(List<HandOver> messages) {
        try {
            events.appealsTaken(messages);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Intake: " + messages.size() + " message(s) not sent now; the relay sends them again", e);
        }
    }
}
