package gov.appeals.notifications.control;

import gov.appeals.notifications.entity.Notification;
import gov.appeals.notifications.entity.NotificationStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping, each step in a short transaction of its own so that sending (slow,
 * outside any transaction) never holds a lock. A notification is claimed before it is sent: of
 * two nodes trying, one wins; a claim older than {@link #STALE_CLAIM} (its node died mid-send) is
 * taken over, so a message may be sent twice but never lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationDelivery {

    static final Duration STALE_CLAIM = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    /** What the citizen of this appeal was sent, and whether it arrived, oldest first: read in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Notification> ofAppeal(long appealId) {
        return em.createQuery("select n from Notification n where n.appealId = :a order by n.id", Notification.class)
                .setParameter("a", appealId).getResultList();
    }

    /** Notifications due to be (re)tried now, oldest first. */
    public List<Long> due(Instant now, int max) {
        return em.createQuery("""
                select n.id from Notification n
                where (n.status in :waiting and n.nextAttemptAt <= :now)
                   or (n.status = :sending and n.claimedAt < :stale)
                order by n.nextAttemptAt""", Long.class)
                .setParameter("waiting", List.of(NotificationStatus.PENDING, NotificationStatus.RETRYING))
                .setParameter("now", now)
                .setParameter("sending", NotificationStatus.SENDING)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<Notification> claim(long id, Instant now) {
        int claimed = em.createQuery("""
                update Notification n set n.status = :sending, n.claimedAt = :now
                where n.id = :id and ((n.status in :waiting and n.nextAttemptAt <= :now)
                   or (n.status = :sending and n.claimedAt < :stale))""")
                .setParameter("sending", NotificationStatus.SENDING)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("waiting", List.of(NotificationStatus.PENDING, NotificationStatus.RETRYING))
                .setParameter("stale", now.minus(STALE_CLAIM))
                .executeUpdate();
        return claimed == 1 ? Optional.of(em.find(Notification.class, id)) : Optional.empty();
    }

    public void sent(long id, Instant at) {
        em.find(Notification.class, id).sent(at);
    }

    public void failed(long id, Instant at, String error, int maxAttempts) {
        em.find(Notification.class, id).failed(at, error, maxAttempts);
    }
}
