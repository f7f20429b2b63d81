package gov.appeals.intake.control;

import gov.appeals.intake.entity.Receipt;
import gov.appeals.submission.control.CheckedSubmission;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes validated appeals in. First the receipts and the submissions commit in the database, and
 * that commit is what the 202 promises; then, outside any transaction, their messages go to the
 * intake queue. A send that fails, or a node that dies between the two, leaves the receipt
 * queued in the database, and {@link IntakeRelay} sends it again: no distributed transaction is
 * needed for an appeal to be registered exactly once, since registration ignores a second message.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptIssuer issuer;

    @Inject
    IntakeEvents events;

    @Inject
    Event<HandOverAfterCommit.Pending> afterCommit;

    /**
     * @param filedBy the signed-in account taking the appeals down
     * @param key the client's Idempotency-Key, or null
     * @param checked one appeal, or a radio batch, all of {@code channel}, as the intake rules passed them
     * @param files the files that came with a single appeal (checked and spooled), or none
     * @return the receipts, in input order, committed; for a repeated key, the receipts given the first time
     * @throws Refusal when the key was used before for another request
     */
    public List<Receipt> accept(String filedBy, Channel channel, IdempotencyKey key, List<CheckedSubmission> checked,
            List<IncomingFile> files) {
        List<AppealSubmission> appeals = checked.stream().map(CheckedSubmission::submission).toList();
        ReceiptIssuer.Issued issued;
        try {
            issued = issuer.issue(filedBy, channel, key, appeals, files);
        } catch (EJBException e) {
            if (key == null) {
                throw e;
            }
            // A request with the same key committed first, at the same moment: its receipts are the answer.
            issued = issuer.issue(filedBy, channel, key, appeals, files);
        }
        if (!issued.toHandOver().isEmpty()) {
            try {
                events.appealsTaken(issued.toHandOver());
            } catch (RuntimeException e) {
                // Accepted all the same: the receipts are committed, and the relay sends them later.
                LOG.log(Level.WARNING, "Intake: " + issued.toHandOver().size()
                        + " message(s) not sent now; the relay sends them again", e);
            }
        }
        return issued.receipts();
    }

    /**
     * Takes one appeal down inside the caller's transaction (a reconsideration opened by a verdict):
     * its receipt commits with the caller's work or not at all, and its message goes out once that
     * has committed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Receipt acceptWithin(String filedBy, Channel channel, IdempotencyKey key, CheckedSubmission appeal) {
        ReceiptIssuer.Issued issued = issuer.issue(filedBy, channel, key, List.of(appeal.submission()), List.of());
        if (!issued.toHandOver().isEmpty()) {
            afterCommit.fire(new HandOverAfterCommit.Pending(issued.toHandOver()));
        }
        return issued.receipts().get(0);
    }

    public Optional<Receipt> receipt(UUID id) {
        return Optional.ofNullable(em.find(Receipt.class, id));
    }
}
