package gov.appeals.registration.control;

import gov.appeals.intake.control.IntakeMessageJson;
import gov.appeals.intake.control.Receipts;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.platform.Page;
import gov.appeals.platform.Refusal;
import gov.appeals.registration.entity.DeadLetter;
import gov.appeals.registration.entity.DeliveryFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Intake messages the broker gave up on, kept in the database with the reason they failed, so
 * that the receipt tells its holder what happened and an administrator can act on it.
 */
@Stateless
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryFailures failures;

    @Inject
    Clock clock;

    @Inject
    Receipts receipts;

    /** Records a message from the dead-letter queue; the same message delivered again is recorded once. */
    public DeadLetter record(UUID receiptId, String messageId, String payload) {
        Optional<DeadLetter> known = messageId == null ? Optional.empty()
                : em.createNamedQuery(DeadLetter.BY_MESSAGE, DeadLetter.class).setParameter("messageId", messageId)
                        .getResultStream().findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        List<DeliveryFailure> recorded = receiptId == null ? List.of() : failures.of(receiptId);
        String error = recorded.stream().findFirst().map(DeliveryFailure::getError).orElse(receiptId == null
                ? "The message carries no receipt id: it was not sent by this system's intake"
                : "No failure was recorded for receipt " + receiptId);
        int attempts = recorded.size();
        DeadLetter letter = new DeadLetter(receiptId, messageId, payload, error, attempts, clock.instant());
        em.persist(letter);
        if (receiptId != null) {
            receipts.rejected(receiptId, "Could not be registered after " + attempts
                    + " attempts; kept as dead letter " + letter.getId() + " for an administrator");
        }
        LOG.warning(() -> "Dead letter " + letter.getId() + " for receipt " + receiptId + ": " + error);
        return letter;
    }

    /** Dead letters, newest first; {@code status} null for all. */
    public Page<DeadLetter> list(DeadLetter.Status status, int page, int size) {
        String where = status == null ? "" : " where d.status = :status";
        var items = em.createQuery("select d from DeadLetter d" + where + " order by d.deadAt desc, d.id desc",
                DeadLetter.class);
        var count = em.createQuery("select count(d) from DeadLetter d" + where, Long.class);
        if (status != null) {
            items.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<DeadLetter> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, page, size, count.getSingleResult());
    }

    /**
     * Sends a dead letter back for registration, once its cause is fixed (a database that was
     * down, reference data that was missing): its receipt is QUEUED again with the letter's
     * payload, and the intake relay sends it at its next round, so a crash right after this commits
     * loses nothing. A receipt that went missing is written again from the payload. Registration
     * stays idempotent, so a replay can never register an appeal twice.
     *
     * @throws Refusal when it was replayed already or is not an intake message
     */
    public Optional<DeadLetter> replay(long id, String by) {
        DeadLetter letter = em.find(DeadLetter.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            return Optional.empty();
        }
        if (letter.getStatus() == DeadLetter.Status.REPLAYED) {
            throw Refusal.notAllowed("Dead letter " + id + " was already replayed by " + letter.getReplayedBy()
                    + " at " + letter.getReplayedAt());
        }
        IntakeMessage message;
        try {
            message = IntakeMessageJson.fromJson(letter.getPayload());
        } catch (RuntimeException e) {
            throw Refusal.notAllowed("Dead letter " + id + " is not a readable intake message and cannot be replayed");
        }
        receipts.requeued(message, letter.getPayload(), "The receipt was missing; written again from dead letter "
                + id + ", replayed by " + by);
        letter.replayed(by, clock.instant());
        LOG.info(() -> "Dead letter " + id + " replayed by " + by + " (receipt " + message.receiptId() + ")");
        return Optional.of(letter);
    }
}
