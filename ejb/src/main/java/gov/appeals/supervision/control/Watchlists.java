package gov.appeals.supervision.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.DeadlineMark;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.platform.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The supervisors' watchlists of the registering office: overdue, due soon, not sent on within
 * the forwarding term, redirected and escalated appeals, per body (by body code), oldest first. An
 * appeal stays on them until it is answered (overdue, due soon) or closed (redirected, escalated),
 * whichever body holds it.
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

    public Page<Appeal> list(Kind kind, String body, int page, int size) {
        return switch (kind) {
            case REDIRECTED -> appeals.redirected(body, page, size);
            case ESCALATED -> appeals.escalated(body, page, size);
            default -> {
                Instant now = clock.instant();
                yield appeals.qualifyingFor(kind.mark, now, deadlines.terms().dueSoonHorizon(now), body, page, size);
            }
        };
    }
}
