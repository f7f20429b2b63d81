package gov.appeals.registration.control;

import gov.appeals.registration.entity.DeliveryFailure;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The record of failed registration attempts, kept apart from the attempts themselves. */
@Stateless
public class DeliveryFailures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Commits on its own, whatever transaction the caller is in: the attempt that failed has rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(UUID receiptId, int attempt, String error) {
        em.persist(new DeliveryFailure(receiptId, clock.instant(), attempt, error));
    }

    /** The failed attempts for a receipt, latest first. */
    public List<DeliveryFailure> of(UUID receiptId) {
        return em.createNamedQuery(DeliveryFailure.OF_RECEIPT, DeliveryFailure.class)
                .setParameter("receipt", receiptId)
                .getResultList();
    }

}
