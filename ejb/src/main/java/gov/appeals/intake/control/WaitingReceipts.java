package gov.appeals.intake.control;

import gov.appeals.intake.entity.Receipt;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Receipts still waiting for registration, as the relay finds and claims them. */
@Stateless
public class WaitingReceipts {

    @PersistenceContext
    EntityManager em;

    /**
     * Claims up to {@code limit} queued receipts whose message was last handed over before
     * {@code before}, marks them handed over again {@code now}, and returns their messages to send
     * once this commits. Rows another node has claimed, or that registration holds right now, are
     * skipped: two nodes never send the same receipt in the same round.
     */
    public List<HandOver> claim(Instant before, int limit, Instant now) {
        // Candidates by the index in its own order, then a lock on those rows only: H2 would lock
        // and sort every matching row for a "fetch first ... for update".
        List<UUID> candidates = em.createNamedQuery(Receipt.WAITING_SINCE, UUID.class)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<?> locked = em.createNativeQuery("""
                        select cast(id as varchar(36)) from receipt
                        where id in (:candidates) and status = 'QUEUED' and handed_over_at < :before
                        for update skip locked""")
                .setParameter("candidates", candidates)
                .setParameter("before", before)
                .getResultList();
        if (locked.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = locked.stream().map(id -> UUID.fromString(id.toString())).toList();
        List<HandOver> messages = new ArrayList<>(ids.size());
        for (Receipt receipt : em.createNamedQuery(Receipt.BY_IDS, Receipt.class).setParameter("ids", ids).getResultList()) {
            receipt.handedOverAgain(now);
            messages.add(new HandOver(receipt.getId(), receipt.getChannel(), receipt.getSubmission(), receipt.getHandOvers()));
        }
        return messages;
    }
}
