package gov.appeals.registration.control;

import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.RegistrationAllocation;
import gov.appeals.routing.control.RoutingDecision;
import gov.appeals.routing.control.RoutingService;
import gov.appeals.routing.entity.Body;
import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Registers one appeal from the intake queue: subject, body, official, deadline and history, in
 * the transaction that consumes the message. Either the appeal is written and the message is
 * gone, or neither and the broker delivers the message again. Only the registration number and
 * the official are reserved beforehand, in a short transaction of their own
 * ({@link RegistrationAllocator}), which every later attempt for the same receipt reuses.
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
    Clock clock;

    /**
     * Registers the appeal behind the message's receipt, once. A message delivered again after its
     * appeal was registered (a crash between commit and acknowledgement, a duplicate send) finds
     * the receipt registered and only counts the duplicate.
     */
    public void register(IntakeMessage message) {
        Receipt receipt = em.find(Receipt.class, message.receiptId());
        if (receipt == null) {
            throw new RegistrationFailure("No receipt " + message.receiptId() + " was given for this message");
        }
        if (receipt.isRegistered()) {
            receipt.duplicateDeliveryIgnored();
            LOG.info(() -> "Receipt " + receipt.getId() + " is already registered as "
                    + receipt.getRegistrationNumber() + "; duplicate delivery ignored");
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

        RoutingDecision decision = s.settledAtIntake() ? null
                : routing.route(s.kind(), subject, s.region(), s.respondent());
        // Number and official come from a reservation committed on its own (see RegistrationAllocator):
        // the hot rows are not held through this transaction's commit with the broker.
        RegistrationAllocation reserved = allocator.reserve(receipt.getId(),
                decision != null && decision.routed() ? decision.bodyCode() : null);
        String number = reserved.getRegistrationNumber();

        Appeal appeal = Appeal.registered(number, receipt.getId(), message.filedBy(), s, category, region,
                receptionPoint, respondent, now);
        appeal.classified(now, subjectGiven ? "given at intake"
                : category.isOther() ? "no keyword of any subject in the summary" : "by keywords of the summary");
        if (decision == null) {
            appeal.closedAtIntake(now, s.kind() == AppealKind.CONSULTATION
                    ? "Consultation: advice given at intake, no appeal to answer"
                    : "Answered on air: " + s.radioCall().onAirAnswer());
        } else if (reserved.getBodyCode() == null) {
            appeal.awaitingDispatcher(now, decision.reason(), deadlines.answerDue(now));
        } else {
            Body body = existing(Body.class, reserved.getBodyCode(), "body named by a routing rule");
            String why = reserved.getBodyCode().equals(decision.bodyCode()) ? decision.reason()
                    : "Routed to " + reserved.getBodyCode() + " by the rules in force at the first attempt";
            Instant due = deadlines.answerDue(now);
            if (reserved.getOfficialId() != null) {
                appeal.assigned(now, body, em.find(Official.class, reserved.getOfficialId()), why, due);
            } else {
                appeal.routedWithoutOfficial(now, body, why, due);
            }
        }
        em.persist(appeal);
        receipt.registered(number);
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
