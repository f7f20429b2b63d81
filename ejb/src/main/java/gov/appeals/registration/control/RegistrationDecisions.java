package gov.appeals.registration.control;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.routing.control.RoutingDecision;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;

/**
 * What registration decides about one appeal, apart from reading and writing it: kept here, free
 * of the container, so that each rule can be tested on its own.
 */
final class RegistrationDecisions {

    private RegistrationDecisions() {
    }

    /** How the subject was chosen, for the history. */
    static String classification(boolean subjectGiven, Category category) {
        return subjectGiven ? "given at intake"
                : category.isOther() ? "no keyword of any subject in the summary" : "by keywords of the summary";
    }

    /** Advice given, or answered on air: why nothing is left to route or answer. */
    static String settledAtIntake(AppealSubmission s) {
        return s.kind() == AppealKind.CONSULTATION
                ? "Consultation: advice given at intake, no appeal to answer"
                : "Answered on air: " + s.radioCall().onAirAnswer();
    }

    /**
     * Where the appeal goes: where the rules send it, unless it duplicates an open appeal, which it
     * follows, to its body or to the dispatcher it waits for.
     *
     * @param original the open appeal it duplicates, or null
     */
    static RoutingDecision destination(RoutingDecision byRules, Appeal original) {
        if (original == null) {
            return byRules;
        }
        return original.getCustody().body() == null
                ? RoutingDecision.toDispatcher("Duplicate of " + original.getRegistrationNumber()
                        + ", which waits for a dispatcher")
                : RoutingDecision.toBody(original.getCustody().body().getCode(), "Duplicate of "
                        + original.getRegistrationNumber() + ": goes where the original is");
    }

    /**
     * A reconsideration goes to the body above the one that answered; when no body is above it, to
     * a dispatcher's queue, where supervisors see it as escalated.
     */
    static RoutingDecision reconsideration(Appeal reconsidered) {
        Body answered = reconsidered.getCustody().body();
        Body above = answered == null ? null : answered.getParent();
        if (above == null) {
            return RoutingDecision.toDispatcher("Reconsideration of " + reconsidered.getRegistrationNumber() + ": no body is above "
                    + (answered == null ? "the one that answered" : answered.getCode()) + "; a supervisor decides where it goes");
        }
        return RoutingDecision.toBody(above.getCode(), "Reconsideration of " + reconsidered.getRegistrationNumber()
                + ": to " + above.getCode() + ", the body above " + answered.getCode() + ", which answered it");
    }

    /** The official a duplicate goes to: whoever has its original; null for the body's least loaded. */
    static Long preferredOfficial(Appeal original) {
        return original != null && original.getCustody().assignee() != null ? original.getCustody().assignee().getId() : null;
    }

    /**
     * The destination as reserved at the first attempt: a retry after the rules changed keeps the
     * body the first attempt reserved, and says so.
     *
     * @param reservedBody the body reserved for the receipt, or null when it waits for a dispatcher
     */
    static RoutingDecision asReserved(RoutingDecision decision, String reservedBody) {
        if (reservedBody == null) {
            return RoutingDecision.toDispatcher(decision.reason());
        }
        return reservedBody.equals(decision.bodyCode()) ? decision
                : RoutingDecision.toBody(reservedBody, "Routed to " + reservedBody
                        + " by the rules in force at the first attempt");
    }
}
