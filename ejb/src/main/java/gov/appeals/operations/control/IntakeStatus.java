package gov.appeals.operations.control;

import gov.appeals.intake.entity.ReceiptStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How intake is keeping up: receipts still waiting for registration (the backlog), receipts
 * rejected, and appeals registered per year. Cheap enough to poll: an index range and the year
 * counters, no scan of the appeals.
 */
@Stateless
public class IntakeStatus {

    public record Snapshot(long queued, long rejected, Map<Integer, Long> registeredByYear) {
    }

    @PersistenceContext
    EntityManager em;

    public Snapshot now() {
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        List<Object[]> counters = em.createQuery(
                "select c.year, c.lastValue from RegistrationCounter c order by c.year", Object[].class).getResultList();
        counters.forEach(row -> byYear.put((Integer) row[0], (Long) row[1]));
        return new Snapshot(count(ReceiptStatus.QUEUED), count(ReceiptStatus.REJECTED), byYear);
    }

    private long count(ReceiptStatus status) {
        return em.createQuery("select count(r) from Receipt r where r.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
