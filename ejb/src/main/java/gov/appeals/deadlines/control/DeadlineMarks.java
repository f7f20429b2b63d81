package gov.appeals.deadlines.control;

import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.AppealStatus;
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
        String condition = mark == DeadlineMark.OVERDUE
                ? "a.dueAt < :now and a.overdueNotedAt is null"
                : "a.dueAt >= :now and a.dueAt <= :horizon and a.dueSoonNotedAt is null";
        var query = em.createQuery("select a.id from Appeal a where a.status in :open and " + condition
                + " order by a.dueAt, a.id", Long.class)
                .setParameter("open", AppealStatus.OPEN)
                .setParameter("now", now)
                .setMaxResults(BATCH);
        if (mark == DeadlineMark.DUE_SOON) {
            query.setParameter("horizon", dueSoonHorizon);
        }
        return query.getResultList();
    }

    /** Marks the appeals and announces each mark; returns how many were marked by this call. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int mark(DeadlineMark mark, List<Long> ids, Instant now) {
        int marked = 0;
        for (Long id : ids) {
            Appeal appeal = em.find(Appeal.class, id);
            boolean noted = mark == DeadlineMark.OVERDUE ? appeal.noteOverdue(now) : appeal.noteDueSoon(now);
            if (noted) {
                marked++;
                events.marked(mark, appeal.getRegistrationNumber(), appeal.getDueAt(),
                        appeal.getBody() == null ? null : appeal.getBody().getCode(),
                        appeal.getAssignee() == null ? null : appeal.getAssignee().getUsername());
            }
        }
        return marked;
    }
}
