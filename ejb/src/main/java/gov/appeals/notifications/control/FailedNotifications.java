package gov.appeals.notifications.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.notifications.entity.Medium;
import gov.appeals.notifications.entity.NotificationEvent;
import gov.appeals.notifications.entity.NotificationStatus;
import gov.appeals.platform.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Messages to citizens that every attempt failed to send: somebody must reach those citizens
 * another way. Without the recipient (personal data: it is read, and the read recorded, on the
 * appeal's own notifications).
 */
@Stateless
public class FailedNotifications {

    public record Failed(long id, String registrationNumber, NotificationEvent event, Medium medium, int attempts,
            String lastError, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Appeals appeals;

    /** Oldest first, like the watchlists. */
    public Page<Failed> list(int page, int size) {
        List<Object[]> rows = em.createQuery("""
                        select n.id, n.appealId, n.event, n.medium, n.attempts, n.lastError, n.createdAt
                        from Notification n where n.status = :failed
                        order by n.createdAt, n.id""", Object[].class)
                .setParameter("failed", NotificationStatus.FAILED)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        Map<Long, String> numbers = appeals.numbers(rows.stream().map(r -> (Long) r[1]).toList());
        List<Failed> items = rows.stream()
                .map(r -> new Failed((Long) r[0], numbers.get((Long) r[1]), (NotificationEvent) r[2], (Medium) r[3],
                        (Integer) r[4], (String) r[5], (Instant) r[6]))
                .toList();
        long total = em.createQuery("select count(n) from Notification n where n.status = :failed", Long.class)
                .setParameter("failed", NotificationStatus.FAILED).getSingleResult();
        return new Page<>(items, page, size, total);
    }
}
