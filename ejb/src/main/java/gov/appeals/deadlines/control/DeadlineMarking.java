package gov.appeals.deadlines.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.DeadlineMark;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * One batch of the deadline watch, in a transaction of its own: the marks, their history entries
 * and their events commit together. An appeal already marked is skipped, and the appeal's version
 * makes a concurrent change (or a second node marking it) roll the batch back rather than mark twice.
 */
@Stateless
public class DeadlineMarking {

    static final int BATCH = 200;

    @Inject
    Appeals appeals;

    @Inject
    DeadlineEvents events;

    /** Open appeals that should carry the mark at {@code now} and do not yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unmarked(DeadlineMark mark, Instant now, Instant dueSoonHorizon) {
        return appeals.toMark(mark, now, dueSoonHorizon, BATCH);
    }

    /** Marks the appeals and announces each mark; returns how many were marked by this call. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int mark(DeadlineMark mark, List<Long> ids, Instant now) {
        int marked = 0;
        for (Long id : ids) {
            Appeal appeal = appeals.byId(id);
            if (appeal.note(mark, now)) {
                marked++;
                events.marked(mark, appeal.getRegistrationNumber(),
                        mark == DeadlineMark.FORWARDING_OVERDUE ? appeal.getCustody().forwardBy() : appeal.getTerm().dueAt(),
                        appeal.getCustody().body() == null ? null : appeal.getCustody().body().getCode(),
                        appeal.getCustody().assignee() == null ? null : appeal.getCustody().assignee().getUsername());
            }
        }
        return marked;
    }
}
