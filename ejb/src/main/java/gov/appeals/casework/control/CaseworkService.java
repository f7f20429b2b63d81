package gov.appeals.casework.control;

import gov.appeals.appeal.control.AccessLog;
import gov.appeals.appeal.control.AppealAnswered;
import gov.appeals.appeal.control.AppealCase;
import gov.appeals.appeal.control.AppealRedirected;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.control.TermExtended;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealAction;
import gov.appeals.appeal.entity.OfficialAnswer;
import gov.appeals.deadlines.control.CaseTerms;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.notifications.control.NotificationDelivery;
import gov.appeals.notifications.entity.Notification;
import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.routing.control.AssignmentService;
import gov.appeals.routing.entity.AssignmentChanged;
import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The actions people take on a registered appeal, each in one transaction: the appeal checks its
 * state machine and rules, the history records who did what and why, and what the citizen must be
 * told is announced as an event that the outbox writes down with the change. Who may act on which
 * appeal is decided by {@link CasePermissions}.
 */
@Stateless
public class CaseworkService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Appeals appeals;

    @Inject
    AssignmentService assignment;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    NotificationDelivery notifications;

    @Inject
    Event<AppealRedirected> redirected;

    @Inject
    Event<TermExtended> extended;

    @Inject
    Event<AssignmentChanged> assignmentChanged;

    @Inject
    Event<AppealAnswered> answered;

    @Inject
    Clock clock;

    /** A dispatcher routes an appeal that waits for one; the body's least-loaded official gets it. */
    public AppealCase route(String number, Long ifMatch, Actor actor, String bodyCode, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        Body body = body(bodyCode, "body");
        Instant now = clock.instant();
        Official official = appeal.getStatus().allows(AppealAction.ROUTE)
                ? assignment.chooseWithin(body.getCode()).orElse(null) : null;
        appeal.route(now, actor.username(), body, reason, official, deadlines.terms().forwardDue(now));
        return done(appeal, actor);
    }

    /**
     * Reassigns within the body: a dispatcher or supervisor any appeal; an officer one in their
     * scope (their own, to hand over; the body's, as its head; a colleague's they cover).
     */
    public AppealCase reassign(String number, Long ifMatch, Actor actor, String assignee) {
        Appeal appeal = load(number, ifMatch, actor);
        Official to = assignment.lockedForHandOver(assignee)
                .orElseThrow(() -> Refusal.invalidField("assignee", "No official " + assignee));
        if (!to.isActive()) {
            throw Refusal.notAllowed(assignee + " is no longer an active official");
        }
        appeal.reassign(clock.instant(), actor.username(), to);
        return done(appeal, actor);
    }

    /** The body is not competent: the appeal goes on to another, and the citizen is told where. */
    public AppealCase redirect(String number, Long ifMatch, Actor actor, String toBody, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        CasePermissions.mayRedirect(appeal, actor);
        Body to = body(toBody, "toBody");
        Instant now = clock.instant();
        CaseTerms terms = deadlines.terms();
        Official official = appeal.getStatus().allows(AppealAction.REDIRECT)
                && appeal.getCustody().body() != null && !appeal.getCustody().body().getCode().equals(to.getCode())
                ? assignment.chooseWithin(to.getCode()).orElse(null) : null;
        appeal.redirect(now, actor.username(), to, reason, official, terms.forwardDue(now), terms.redirectionLimit());
        redirected.fire(new AppealRedirected(appeal, reason));
        return done(appeal, actor);
    }

    /** A head extends the term once; the citizen is told the new date. */
    public AppealCase extend(String number, Long ifMatch, Actor actor, int days, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        appeal.extend(clock.instant(), actor.username(), days, reason, deadlines.terms());
        extended.fire(new TermExtended(appeal, days, reason));
        return done(appeal, actor);
    }

    /**
     * The assigned official answers; the appeals that duplicate this one are answered with it. A
     * supervisor's answer can only end correspondence on a repeat appeal.
     */
    public AppealCase answer(String number, Long ifMatch, Actor actor, OfficialAnswer given) {
        Appeal appeal = load(number, ifMatch, actor);
        CasePermissions.mayAnswer(appeal, actor, given);
        Instant now = clock.instant();
        if (given.endsCorrespondence()) {
            appeal.endCorrespondence(now, actor.username(), given.text(), given.language(), deadlines.terms());
            answered.fire(new AppealAnswered(appeal));
            return done(appeal, actor);
        }
        CaseTerms terms = deadlines.terms();
        appeal.answer(now, actor.username(), given, terms);
        answered.fire(new AppealAnswered(appeal));
        for (Appeal duplicate : appeals.openDuplicatesOf(appeal)) {
            duplicate.answerWith(appeal, terms);
            duplicate.assignmentChanges().forEach(assignmentChanged::fire);
            answered.fire(new AppealAnswered(duplicate));
        }
        return done(appeal, actor);
    }

    /** The registering office's control check: the answer is on the merits, the appeal is closed. */
    public AppealCase close(String number, Long ifMatch, Actor actor) {
        Appeal appeal = load(number, ifMatch, actor);
        appeal.close(clock.instant(), actor.username());
        return done(appeal, actor);
    }

    /** A head reopens an appeal whose answer did not answer; a new answer term runs from now. */
    public AppealCase reopen(String number, Long ifMatch, Actor actor, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        Instant now = clock.instant();
        CaseTerms terms = deadlines.terms();
        Instant due = terms.answerDue(now, now);
        appeal.reopen(now, actor.username(), reason, due);
        terms.calendarGap(now, due).ifPresent(note -> appeal.calendarMissing(now, note));
        return done(appeal, actor);
    }

    /** The appeal's text shown in public feeds, or no longer: the official's judgement, with its reason. */
    public AppealCase publishDescription(String number, Long ifMatch, Actor actor, boolean published, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        appeal.publishDescription(clock.instant(), actor.username(), published, reason);
        return done(appeal, actor);
    }

    /** What the citizen of this appeal was sent, and whether it arrived; a read of personal data. */
    public List<Notification> notifications(String number, Actor actor) {
        Appeal appeal = CasePermissions.visible(appeals.read(number).orElse(null), actor, number);
        appeals.recordRead(actor.reader(), number, AccessLog.NOTIFICATIONS);
        return notifications.ofAppeal(appeal.getId());
    }

    private Appeal load(String number, Long ifMatch, Actor actor) {
        Appeal appeal = CasePermissions.visible(appeals.read(number).orElse(null), actor, number);
        checkVersion(appeal, ifMatch);
        return appeal;
    }

    private static void checkVersion(Appeal appeal, Long ifMatch) {
        if (ifMatch != null && ifMatch != appeal.getVersion()) {
            throw Refusal.stale("Appeal " + appeal.getRegistrationNumber() + " has changed since version " + ifMatch
                    + " (now " + appeal.getVersion() + "): read it again before acting");
        }
    }

    /**
     * The appeal as the action left it, which the actor is shown: a read of its personal data too.
     * The officials whose load it changed are announced first, for routing to count.
     */
    private AppealCase done(Appeal appeal, Actor actor) {
        appeal.assignmentChanges().forEach(assignmentChanged::fire);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Refusal.notAllowed("Appeal " + appeal.getRegistrationNumber()
                    + " was changed by someone else at the same moment; read it again and retry");
        }
        appeals.recordRead(actor.reader(), appeal.getRegistrationNumber(), AccessLog.APPEAL);
        return appeals.caseOf(appeal);
    }

    private Body body(String code, String field) {
        Body body = code == null ? null : em.find(Body.class, code);
        if (body == null) {
            throw Refusal.invalidField(field, "No body " + code);
        }
        return body;
    }
}
