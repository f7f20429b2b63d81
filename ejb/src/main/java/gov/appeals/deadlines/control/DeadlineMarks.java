package gov.appeals.deadlines.control;

import gov.appeals.registration.entity.Appeal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * One batch of the deadline watch, in a transaction of its own: the marks, their history entries
 * and their events commit together. An appeal already marked is skipped, and the appeal's version
 * makes a concurrent change (or a second node marking it) roll the batch back rather than mark twice.
 */
@Stateless
public class DeadlineMarks {

    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineEvents events;

    /** Open appeals that should carry the mark at {@code now} and do not yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unmarked(DeadlineMark mark, Instant now, Instant dueSoonHorizon) {
        var query = em.createQuery("select a.id from Appeal a where " + mark.unnotedCondition() + " order by a.id",
                Long.class).setMaxResults(BATCH);
        mark.bind(query, now, dueSoonHorizon);
        return query.getResultList();
    }

    /** Marks the appeals and announces each mark; returns how many were marked by this call. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int mark(DeadlineMark mark, List<Long> ids, Instant now) {
        int marked = 0;
        for (Long id : ids) {
            Appeal appeal = em.find(Appeal.class, id);
            boolean noted = switch (mark) {
                case OVERDUE -> appeal.noteOverdue(now);
                case DUE_SOON -> appeal.noteDueSoon(now);
                case FORWARDING_OVERDUE -> appeal.noteForwardingOverdue(now);
            };
            if (noted) {
                marked++;
                events.marked(mark, appeal.getRegistrationNumber(),
                        mark == DeadlineMark.FORWARDING_OVERDUE ? appeal.getForwardBy() : appeal.getDueAt(),
                        appeal.getBody() == null ? null : appeal.getBody().getCode(),
                        appeal.getAssignee() == null ? null : appeal.getAssignee().getUsername());
            }
        }
        return marked;
    }
}
