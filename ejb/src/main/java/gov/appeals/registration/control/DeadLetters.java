package gov.appeals.registration.control;

import gov.appeals.intake.entity.Receipt;
import gov.appeals.platform.Page;
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

    public DeadLetter record(UUID receiptId, String messageId, String payload) {
        Optional<DeliveryFailure> last = receiptId == null ? Optional.empty() : failures.last(receiptId);
        String error = last.map(DeliveryFailure::getError).orElse("No failure was recorded for this message");
        int attempts = receiptId == null ? 0 : failures.of(receiptId).size();
        DeadLetter letter = new DeadLetter(receiptId, messageId, payload, error, attempts, clock.instant());
        em.persist(letter);
        Receipt receipt = receiptId == null ? null : em.find(Receipt.class, receiptId);
        if (receipt != null && !receipt.isRegistered()) {
            receipt.rejected("Could not be registered after " + attempts
                    + " attempts; kept as dead letter " + letter.getId() + " for an administrator");
        }
        LOG.warning(() -> "Dead letter " + letter.getId() + " for receipt " + receiptId + ": " + error);
        return letter;
    }

    public Page<DeadLetter> list(int page, int size) {
        List<DeadLetter> items = em.createQuery("select d from DeadLetter d order by d.deadAt desc, d.id desc",
                        DeadLetter.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(d) from DeadLetter d", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }
}
