package gov.appeals.registration.control;

import gov.appeals.appeal.control.AppealRegistered;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealLink;
import gov.appeals.appeal.entity.LinkType;
import gov.appeals.appeal.entity.MatchKeys;
import gov.appeals.deadlines.control.CaseTerms;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.intake.control.Receipts;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.registration.control.ApplicantMatcher.Verdict;
import gov.appeals.registration.entity.RegistrationAllocation;
import gov.appeals.routing.control.RoutingDecision;
import gov.appeals.routing.control.RoutingService;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealSubmission;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Registers one appeal from the intake queue: subject, body, official, deadline and history, in
 * one local database transaction. The message is acknowledged only after it commits; a crash in
 * between delivers it again, and then it finds its receipt registered and changes nothing. Only
 * the registration number and the official are reserved beforehand, in a short transaction of
 * their own ({@link RegistrationAllocator}), which every later attempt for the same receipt reuses.
 */
@Stateless
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SubjectClassifier classifier;

    @Inject
    RoutingService routing;

    @Inject
    RegistrationAllocator allocator;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    ApplicantMatcher matcher;

    @Inject
    Appeals appeals;

    @Inject
    Event<AppealRegistered> registered;

    @Inject
    Clock clock;

    @Inject
    Receipts receipts;

    /**
     * Registers the appeal behind the message's receipt, once. A message delivered again after its
     * appeal was registered (a crash between commit and acknowledgement, a send repeated by the
     * relay) finds the receipt registered and only counts the duplicate; two copies at the same
     * moment wait for each other on the receipt's row. A message whose receipt the database does
     * not have (restored from a backup taken before it) carries the whole appeal: the receipt is
     * written again from it, and the appeal's history says so. A receipt that does not know its
     * appeal was registered (a crash kept the appeal's row and lost the receipt's change) finds the
     * appeal by its receipt id and is set right from it.
     *
     * @param handOver which sending of the message this is (1 at intake, more from the relay)
     */
    public void register(IntakeMessage message, int handOver) {
        Receipt receipt = receipts.lockedFor(message);
        if (receipt.isRegistered()) {
            receipts.duplicateDelivery(receipt);
            LOG.info(() -> "Receipt " + receipt.getId() + " is already registered as "
                    + receipt.getRegistrationNumber() + "; duplicate delivery ignored");
            return;
        }
        Optional<Appeal> filed = appeals.ofReceipt(receipt.getId());
        if (filed.isPresent()) {
            // Registered before, but the receipt's row that said so was lost in a crash: set right, never filed again.
            Appeal a = filed.get();
            receipts.registered(receipt, a.getRegistrationNumber(), a.getAccessCode(), a.getCustody().bodyCode(),
                    a.getTerm().dueAt(), handOver);
            LOG.warning(() -> "Receipt " + receipt.getId() + " did not know its appeal " + a.getRegistrationNumber()
                    + " was registered; set right from the appeal");
            return;
        }
        AppealSubmission s = message.appeal();
        Instant now = clock.instant();

        boolean subjectGiven = s.category() != null;
        String subject = subjectGiven ? s.category() : classifier.classify(s.summary());
        Category category = existing(Category.class, subject, "subject");
        Region region = s.region() == null ? null : existing(Region.class, s.region(), "region");
        Body respondent = s.respondent() == null ? null : existing(Body.class, s.respondent(), "respondent body");
        ReceptionPoint receptionPoint = s.receptionVisit() == null ? null
                : existing(ReceptionPoint.class, s.receptionVisit().receptionPoint(), "reception point");

        Appeal reconsidered = s.reconsiderationOf() == null ? null : appeals.read(s.reconsiderationOf())
                .orElseThrow(() -> new RegistrationFailure("Unknown appeal to reconsider " + s.reconsiderationOf()));
        RoutingDecision byRules = s.settledAtIntake() ? null
                : reconsidered != null ? RegistrationDecisions.reconsideration(reconsidered)
                : routing.route(s.kind(), subject, s.region(), s.respondent());
        // The same person on the same subject within the window: a duplicate follows its original
        // to the same body and official; a repeat is routed as usual and escalated. A reconsideration
        // is linked to the appeal it reconsiders instead.
        MatchKeys who = MatchKeys.of(s);
        Optional<Verdict> verdict = byRules == null || reconsidered != null ? Optional.empty()
                : matcher.match(who, subject, receipt.getId(), now);
        Appeal original = verdict.filter(v -> v.type() == LinkType.DUPLICATE)
                .map(v -> appeals.byId(v.earlier().id())).orElse(null);
        RoutingDecision decision = byRules == null ? null : RegistrationDecisions.destination(byRules, original);
        // Number and official come from a reservation committed on its own (see RegistrationAllocator):
        // the hot rows are not held through this transaction's commit.
        RegistrationAllocation reserved = allocator.reserve(receipt.getId(),
                decision != null && decision.routed() ? decision.bodyCode() : null,
                RegistrationDecisions.preferredOfficial(original));
        String number = reserved.getRegistrationNumber();

        Appeal appeal = Appeal.registered(number, receipt.getId(), message.filedBy(), s, category, region,
                receptionPoint, respondent, now);
        String accessCode = AccessCodes.next();
        appeal.identified(accessCode, who);
        receipt.getRecreated().ifPresent(why -> appeal.receiptRecreated(now, why));
        appeal.classified(now, RegistrationDecisions.classification(subjectGiven, category));
        AppealLink link = reconsidered != null ? AppealLink.reconsideration(appeal, reconsidered, now)
                : verdict.map(v -> AppealLink.between(appeal, appeals.byId(v.earlier().id()), v.type(), now)).orElse(null);
        CaseTerms terms = deadlines.terms();
        Instant due = terms.answerDue(appeal.getMatter().receivedAt(), now);
        if (decision == null) {
            appeal.closedAtIntake(now, RegistrationDecisions.settledAtIntake(s));
        } else {
            RoutingDecision reservedFor = RegistrationDecisions.asReserved(decision, reserved.getBodyCode());
            Instant forwardBy = terms.forwardDue(now);
            Body body = reservedFor.routed() ? existing(Body.class, reservedFor.bodyCode(), "body named by a routing rule") : null;
            Official official = body == null || reserved.getOfficialId() == null ? null
                    : em.find(Official.class, reserved.getOfficialId());
            appeal.routedAtRegistration(now, body, official, reservedFor.reason(), due, forwardBy);
            terms.calendarGap(terms.answerStart(appeal.getMatter().receivedAt(), now), due)
                    .ifPresent(note -> appeal.calendarMissing(now, note));
        }
        em.persist(appeal);
        if (link != null) {
            em.persist(link);
        }
        receipts.registered(receipt, number, accessCode, appeal.getCustody().bodyCode(), appeal.getTerm().dueAt(), handOver);
        registered.fire(new AppealRegistered(appeal));
        // Fail inside the listener, not at commit, so that the failure is recorded with its reason.
        em.flush();
    }

    private <T> T existing(Class<T> type, String code, String what) {
        T entry = em.find(type, code);
        if (entry == null) {
            throw new RegistrationFailure("Unknown " + what + " code " + code);
        }
        return entry;
    }
}
