package gov.appeals.intake.control;

import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.intake.entity.ReceiptStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The receipts given at intake, and the only way other components change them: registration and
 * the dead letters ask here, within their own transaction (registration holds the receipt's lock
 * until its appeal commits), rather than changing the row themselves. A receipt is what the
 * citizen holds; what may happen to it is decided in intake.
 */
@Stateless
public class Receipts {

    private static final Logger LOG = Logger.getLogger(Receipts.class.getName());

    @PersistenceContext
    EntityManager em;

    /**
     * The message's receipt, locked until the caller's transaction ends, so that two copies of one
     * message wait for each other; written again from the message when the database does not have it
     * (restored from a backup taken before it).
     */
    public Receipt lockedFor(IntakeMessage message) {
        Receipt found = em.find(Receipt.class, message.receiptId(), LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        Receipt receipt = Receipt.recreated(message, IntakeMessageJson.toJson(message), "The database had no receipt "
                + message.receiptId() + " when its intake message arrived; written again from the message");
        em.persist(receipt);
        LOG.warning(() -> "Receipt " + message.receiptId() + " was missing; recreated from its intake message");
        return receipt;
    }

    /** A copy of a message whose appeal is registered already: counted, nothing else. */
    public void duplicateDelivery(Receipt receipt) {
        receipt.duplicateDeliveryIgnored();
    }

    /**
     * The appeal is registered: the receipt carries its number, access code, body and due date for
     * the desk's slip, and lets go of the submission.
     */
    public void registered(Receipt receipt, String number, String accessCode, String bodyCode, Instant dueAt,
            int byHandOver) {
        receipt.registered(number, accessCode, bodyCode, dueAt, byHandOver);
    }

    /** Registration failed for good: the receipt says so, unless its appeal got registered after all. */
    public void rejected(UUID receiptId, String why) {
        Receipt receipt = em.find(Receipt.class, receiptId);
        if (receipt != null && !receipt.isRegistered()) {
            receipt.rejected(why);
        }
    }

    /**
     * The applicant's data leaves these receipts (an erasure, the end of retention): the number and
     * status stay, the stored submission, the reason that may quote it and the access code go.
     */
    public int forgetSubmissions(Collection<UUID> receiptIds) {
        if (receiptIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                        update receipt set submission = null, reason = null, access_code = null where id in (:ids)""")
                .setParameter("ids", receiptIds).executeUpdate();
    }

    /** Retention: what rejected receipts older than {@code before} still hold of a submission goes. */
    public int forgetRejectedSubmissions(Instant before) {
        return em.createNativeQuery("""
                        update receipt set submission = null, reason = null, access_code = null
                        where status = 'REJECTED' and accepted_at < :before and (submission is not null or reason is not null)""")
                .setParameter("before", before).executeUpdate();
    }

    /** Rejected receipts that still hold their submission: no appeal holds what the citizen sent. */
    public List<Receipt> rejectedWithSubmission() {
        return em.createQuery("select r from Receipt r where r.status = :rejected and r.submission is not null", Receipt.class)
                .setParameter("rejected", ReceiptStatus.REJECTED).getResultList();
    }

    /**
     * A dead letter is replayed: its receipt waits for registration again with the letter's message,
     * written again from it when it went missing; the relay sends it at its next round.
     */
    public void requeued(IntakeMessage message, String json, String why) {
        Receipt receipt = em.find(Receipt.class, message.receiptId());
        if (receipt == null) {
            receipt = Receipt.recreated(message, json, why);
            em.persist(receipt);
        }
        if (!receipt.isRegistered()) {
            receipt.requeued(json);
        }
    }
}
