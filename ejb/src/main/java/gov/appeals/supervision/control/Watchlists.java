package gov.appeals.supervision.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.EscalationReason;
import gov.appeals.appeal.entity.DeadlineMark;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.platform.Page;
import gov.appeals.supervision.entity.Surge;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The supervisors' watchlists of the registering office: overdue, due soon, not sent on within
 * the forwarding term, redirected and escalated appeals, per body (by body code), oldest first. An
 * appeal stays on them until it is answered (overdue, due soon) or closed (redirected, escalated),
 * whichever body holds it. And the surges the surge watch raised.
 */
@Stateless
public class Watchlists {

    public enum Kind {
        OVERDUE(DeadlineMark.OVERDUE), DUE_SOON(DeadlineMark.DUE_SOON),
        FORWARDING_OVERDUE(DeadlineMark.FORWARDING_OVERDUE), REDIRECTED(null), ESCALATED(null);

        /** The deadline mark whose condition the list shows, whether or not the watch has run yet. */
        final DeadlineMark mark;

        Kind(DeadlineMark mark) {
            this.mark = mark;
        }
    }

    @Inject
    Appeals appeals;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The list of that kind, for one body unless null; the escalated for one {@code reason} unless null. */
    public Page<Appeal> list(Kind kind, String body, EscalationReason reason, int page, int size) {
        return switch (kind) {
            case REDIRECTED -> appeals.redirected(body, page, size);
            case ESCALATED -> appeals.escalated(body, reason, page, size);
            default -> {
                Instant now = clock.instant();
                yield appeals.qualifyingFor(kind.mark, now, deadlines.terms().dueSoonHorizon(now), body, page, size);
            }
        };
    }

    /** Surges, the latest raised first: open ones only, cleared ones only, or all ({@code open} null). */
    public Page<Surge> surges(Boolean open, int page, int size) {
        String where = open == null ? "" : open ? " where s.clearedAt is null" : " where s.clearedAt is not null";
        List<Surge> surges = em.createQuery("select s from Surge s" + where + " order by s.raisedAt desc, s.id desc",
                        Surge.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(s) from Surge s" + where, Long.class).getSingleResult();
        return new Page<>(surges, page, size, total);
    }
}
