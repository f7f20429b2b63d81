package gov.appeals.intake.control;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.intake.entity.IntakeRequest;
import gov.appeals.intake.entity.Receipt;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes validated appeals in: gives each a receipt and hands it to the intake queue, in one
 * transaction. When this returns, every appeal is durably queued; registration happens later,
 * at whatever pace it can, so intake never waits for it.
 */
@Stateless
public class IntakeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    IntakeEvents events;

    @Inject
    Clock clock;

    /**
     * @param filedBy the signed-in account taking the appeals down
     * @param key the client's Idempotency-Key, or null
     * @param appeals one appeal, or a radio batch, all of {@code channel}
     * @return the receipts, in input order; for a repeated key, the receipts given the first time
     * @throws IdempotencyKeyReusedException when the key was used before for another request
     */
    public List<Receipt> accept(String filedBy, Channel channel, IdempotencyKey key, List<AppealSubmission> appeals) {
        IntakeRequest request = null;
        if (key != null) {
            Optional<IntakeRequest> earlier = em.createNamedQuery(IntakeRequest.BY_KEY, IntakeRequest.class)
                    .setParameter("filedBy", filedBy)
                    .setParameter("key", key.value())
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!earlier.get().sameContentAs(key.requestHash(), channel)) {
                    throw new IdempotencyKeyReusedException(key.value());
                }
                return em.createNamedQuery(Receipt.BY_REQUEST, Receipt.class)
                        .setParameter("request", earlier.get())
                        .getResultList();
            }
            request = new IntakeRequest(filedBy, key.value(), key.requestHash(), channel, clock.instant());
            em.persist(request);
            // A concurrent request with the same key fails here, before anything is queued.
            em.flush();
        }
        Instant acceptedAt = clock.instant();
        List<Receipt> receipts = new ArrayList<>(appeals.size());
        for (AppealSubmission appeal : appeals) {
            Receipt receipt = new Receipt(UUID.randomUUID(), channel, filedBy, acceptedAt, request, receipts.size());
            em.persist(receipt);
            receipts.add(receipt);
        }
        // The receipts reach the database before the messages reach the broker: the database is then
        // enlisted first and, with XA, committed first, so a registration never looks for a receipt
        // that is not committed yet. (The resilience run caught the other order during a database restart.)
        em.flush();
        for (int i = 0; i < receipts.size(); i++) {
            Receipt receipt = receipts.get(i);
            events.appealTaken(new IntakeMessage(receipt.getId(), filedBy, acceptedAt, appeals.get(i)));
        }
        return receipts;
    }

    public Optional<Receipt> receipt(UUID id) {
        return Optional.ofNullable(em.find(Receipt.class, id));
    }
}
