package gov.appeals.registration.control;

import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.RegistrationCounter;
import gov.appeals.routing.control.AssignmentService;
import gov.appeals.routing.control.RoutingDecision;
import gov.appeals.routing.control.RoutingService;
import gov.appeals.routing.entity.Body;
import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Registers one appeal from the intake queue: number, subject, body, official, deadline and
 * history, all in the transaction that consumes the message. Either all of it happens and the
 * message is gone, or none of it and the broker delivers the message again.
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
    AssignmentService assignment;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    AppealsSettings settings;

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
        Optional<Official> official = decision != null && decision.routed()
                ? assignment.assignWithin(decision.bodyCode())
                : Optional.empty();

        // Taken last, after the officials' locks: the counter row lock, which every registration
        // needs, is then held only for the inserts and the commit.
        String number = nextRegistrationNumber(now);

        Appeal appeal = Appeal.registered(number, receipt.getId(), message.filedBy(), s, category, region,
                receptionPoint, respondent, now);
        appeal.classified(now, subjectGiven ? "given at intake"
                : category.isOther() ? "no keyword of any subject in the summary" : "by keywords of the summary");
        if (decision == null) {
            appeal.closedAtIntake(now, s.kind() == AppealKind.CONSULTATION
                    ? "Consultation: advice given at intake, no appeal to answer"
                    : "Answered on air: " + s.radioCall().onAirAnswer());
        } else if (!decision.routed()) {
            appeal.awaitingDispatcher(now, decision.reason(), deadlines.answerDue(now));
        } else {
            Body body = existing(Body.class, decision.bodyCode(), "body named by a routing rule");
            Instant due = deadlines.answerDue(now);
            if (official.isPresent()) {
                appeal.assigned(now, body, official.get(), decision.reason(), due);
            } else {
                appeal.routedWithoutOfficial(now, body, decision.reason(), due);
            }
        }
        em.persist(appeal);
        receipt.registered(number);
        // Fail inside the listener, not at commit, so that the failure is recorded with its reason.
        em.flush();
    }

    private String nextRegistrationNumber(Instant now) {
        int year = now.atZone(settings.zone()).getYear();
        RegistrationCounter counter = em.find(RegistrationCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // First registration of the year. Two nodes racing here: one insert fails, its message is redelivered.
            counter = new RegistrationCounter(year);
            em.persist(counter);
        }
        return counter.next();
    }

    private <T> T existing(Class<T> type, String code, String what) {
        T entry = em.find(type, code);
        if (entry == null) {
            throw new RegistrationFailure("Unknown " + what + " code " + code);
        }
        return entry;
    }
}
