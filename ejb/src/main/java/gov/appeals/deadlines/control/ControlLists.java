package gov.appeals.deadlines.control;

import gov.appeals.platform.Page;
import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.AppealStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;

/**
 * The control lists of the registering office: overdue, due soon, not sent on within the
 * forwarding term, redirected and escalated appeals, per body (by body code), oldest first. An appeal stays in them until it is answered
 * (overdue, due soon) or closed (redirected, escalated), whichever body holds it.
 */
@Stateless
public class ControlLists {

    public enum Kind {
        OVERDUE(DeadlineMark.OVERDUE), DUE_SOON(DeadlineMark.DUE_SOON),
        FORWARDING_OVERDUE(DeadlineMark.FORWARDING_OVERDUE), REDIRECTED(null), ESCALATED(null);

        /** The deadline mark whose condition the list shows, whether or not the watch has run yet. */
        final DeadlineMark mark;

        Kind(DeadlineMark mark) {
            this.mark = mark;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    Clock clock;

    public Page<Appeal> list(Kind kind, String body, int page, int size) {
        Instant now = clock.instant();
        String where = switch (kind) {
            case REDIRECTED -> "a.status <> :closed and a.redirectionCount > 0";
            case ESCALATED -> "a.status <> :closed and a.escalation is not null";
            default -> kind.mark.condition();
        };
        String order = switch (kind) {
            case OVERDUE, DUE_SOON -> "a.dueAt, a.id";
            case FORWARDING_OVERDUE -> "a.forwardBy, a.id";
            default -> "a.registeredAt, a.id";
        };
        if (body != null) {
            where += " and a.body.code = :body";
        }
        // A plain join to order by (fetch joins take no alias under JPA compliance), fetch joins to show.
        TypedQuery<Appeal> items = em.createQuery("select a from Appeal a left join a.body ordering"
                + " left join fetch a.category left join fetch a.body left join fetch a.assignee where " + where
                + " order by ordering.code nulls first, " + order, Appeal.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Appeal a where " + where, Long.class);
        for (TypedQuery<?> q : new TypedQuery<?>[] {items, count}) {
            if (kind.mark != null) {
                kind.mark.bind(q, now, deadlines.terms().dueSoonHorizon(now));
            } else {
                q.setParameter("closed", AppealStatus.CLOSED);
            }
            if (body != null) {
                q.setParameter("body", body);
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
