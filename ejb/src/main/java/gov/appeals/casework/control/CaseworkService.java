package gov.appeals.casework.control;

import gov.appeals.deadlines.control.CaseTerms;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.notifications.control.NotificationOutbox;
import gov.appeals.notifications.entity.Notification;
import gov.appeals.platform.Roles;
import gov.appeals.registration.control.AppealCase;
import gov.appeals.registration.control.AppealQueries;
import gov.appeals.registration.entity.AnswerOutcome;
import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.AppealAction;
import gov.appeals.registration.entity.AppealActionRefused;
import gov.appeals.registration.entity.AppealStatus;
import gov.appeals.registration.entity.LinkType;
import gov.appeals.routing.control.AssignmentService;
import gov.appeals.routing.entity.Body;
import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The actions people take on a registered appeal, each in one transaction: the appeal checks its
 * state machine and rules, the history records who did what and why, and what the citizen must be
 * told goes to the outbox with the change. Who may act on which appeal is decided here, beyond the
 * roles the boundary checks: an officer acts only on their own body's appeals.
 */
@Stateless
public class CaseworkService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealQueries queries;

    @Inject
    AssignmentService assignment;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    NotificationOutbox notifications;

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
        return done(appeal);
    }

    /** Reassigns within the body: a dispatcher or supervisor, or an officer of that body. */
    public AppealCase reassign(String number, Long ifMatch, Actor actor, String assignee) {
        Appeal appeal = queries.read(number).orElseThrow(() -> new AppealNotFound(number));
        if (!actor.seesEveryAppeal()) {
            Official self = official(actor.username());
            if (self == null || appeal.getBody() == null || !self.getBody().getCode().equals(appeal.getBody().getCode())) {
                throw new AppealNotFound(number);
            }
        }
        checkVersion(appeal, ifMatch);
        Official to = em.createQuery("select o from Official o where o.username = :u", Official.class)
                .setParameter("u", assignee).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownReference("assignee", "No official " + assignee));
        if (!to.isActive()) {
            throw new AppealActionRefused(assignee + " is no longer an active official");
        }
        appeal.reassign(clock.instant(), actor.username(), to);
        return done(appeal);
    }

    /** The body is not competent: the appeal goes on to another, and the citizen is told where. */
    public AppealCase redirect(String number, Long ifMatch, Actor actor, String toBody, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        if (!actor.is(Roles.DISPATCHER) && !appeal.isAssignedTo(actor.username())) {
            throw new ActionForbidden("Only the official the appeal is assigned to, or a dispatcher, redirects it");
        }
        Body to = body(toBody, "toBody");
        Instant now = clock.instant();
        CaseTerms terms = deadlines.terms();
        Official official = appeal.getStatus().allows(AppealAction.REDIRECT)
                && appeal.getBody() != null && !appeal.getBody().getCode().equals(to.getCode())
                ? assignment.chooseWithin(to.getCode()).orElse(null) : null;
        appeal.redirect(now, actor.username(), to, reason, official, terms.forwardDue(now), terms.redirectionLimit());
        notifications.appealRedirected(appeal, reason);
        return done(appeal);
    }

    /** A head extends the term once; the citizen is told the new date. */
    public AppealCase extend(String number, Long ifMatch, Actor actor, int days, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        appeal.extend(clock.instant(), actor.username(), days, reason, deadlines.terms());
        notifications.termExtended(appeal, days, reason);
        return done(appeal);
    }

    /**
     * The assigned official answers; the appeals that duplicate this one are answered with it. A
     * supervisor's answer can only end correspondence on a repeat appeal.
     */
    public AppealCase answer(String number, Long ifMatch, Actor actor, String text, AnswerOutcome outcome,
            String language, boolean citizenConsent) {
        Appeal appeal = load(number, ifMatch, actor);
        Instant now = clock.instant();
        if (outcome == AnswerOutcome.CORRESPONDENCE_ENDED) {
            if (!actor.is(Roles.SUPERVISOR)) {
                throw new ActionForbidden("Only a head (SUPERVISOR) ends correspondence on a repeat appeal");
            }
            appeal.endCorrespondence(now, actor.username(), text, language);
            notifications.appealAnswered(appeal);
            return done(appeal);
        }
        if (!appeal.isAssignedTo(actor.username())) {
            throw new ActionForbidden("Only the official the appeal is assigned to answers it"
                    + (appeal.getAssignee() == null ? "; it is assigned to nobody yet" : ""));
        }
        appeal.answer(now, actor.username(), text, outcome, language, citizenConsent);
        notifications.appealAnswered(appeal);
        for (Appeal duplicate : em.createQuery("""
                        select l.appeal from AppealLink l where l.earlier = :a and l.type = :duplicate""", Appeal.class)
                .setParameter("a", appeal).setParameter("duplicate", LinkType.DUPLICATE).getResultList()) {
            if (AppealStatus.OPEN.contains(duplicate.getStatus())) {
                duplicate.answerWith(appeal);
                notifications.appealAnswered(duplicate);
            }
        }
        return done(appeal);
    }

    /** The registering office's control check: the answer is on the merits, the appeal is closed. */
    public AppealCase close(String number, Long ifMatch, Actor actor) {
        Appeal appeal = load(number, ifMatch, actor);
        appeal.close(clock.instant(), actor.username());
        return done(appeal);
    }

    /** A head reopens an appeal whose answer did not answer; a new answer term runs from now. */
    public AppealCase reopen(String number, Long ifMatch, Actor actor, String reason) {
        Appeal appeal = load(number, ifMatch, actor);
        Instant now = clock.instant();
        CaseTerms terms = deadlines.terms();
        Instant due = terms.answerDue(now, now);
        appeal.reopen(now, actor.username(), reason, due);
        terms.calendarGap(now, due).ifPresent(note -> appeal.calendarMissing(now, note));
        return done(appeal);
    }

    /** What the citizen of this appeal was sent, and whether it arrived; a read of personal data. */
    public List<Notification> notifications(String number, Actor actor) {
        Appeal appeal = visible(number, actor);
        queries.recordRead(actor.username(), number);
        return em.createQuery("select n from Notification n where n.appealId = :a order by n.id", Notification.class)
                .setParameter("a", appeal.getId()).getResultList();
    }

    private Appeal load(String number, Long ifMatch, Actor actor) {
        Appeal appeal = visible(number, actor);
        checkVersion(appeal, ifMatch);
        return appeal;
    }

    private static void checkVersion(Appeal appeal, Long ifMatch) {
        if (ifMatch != null && ifMatch != appeal.getVersion()) {
            throw new StaleAppeal(appeal.getRegistrationNumber(), ifMatch, appeal.getVersion());
        }
    }

    /** The appeal if the actor may see it (the rule of reading it): every appeal, or an officer's own. */
    private Appeal visible(String number, Actor actor) {
        return queries.read(number)
                .filter(a -> actor.seesEveryAppeal() || a.isAssignedTo(actor.username()))
                .orElseThrow(() -> new AppealNotFound(number));
    }

    private AppealCase done(Appeal appeal) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new AppealActionRefused("Appeal " + appeal.getRegistrationNumber()
                    + " was changed by someone else at the same moment; read it again and retry");
        }
        return queries.caseOf(appeal);
    }

    private Official official(String username) {
        return em.createQuery("select o from Official o join fetch o.body where o.username = :u", Official.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
    }

    private Body body(String code, String field) {
        Body body = code == null ? null : em.find(Body.class, code);
        if (body == null) {
            throw new UnknownReference(field, "No body " + code);
        }
        return body;
    }
}
