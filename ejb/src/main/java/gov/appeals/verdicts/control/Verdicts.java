package gov.appeals.verdicts.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.Satisfaction;
import gov.appeals.appeal.entity.VerdictChannel;
import gov.appeals.intake.control.IdempotencyKey;
import gov.appeals.intake.control.IntakeService;
import gov.appeals.platform.Refusal;
import gov.appeals.submission.control.SubmissionRules;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The citizen's verdict on an answer, by whichever way it comes: the public lookup, the link in the
 * answer's notification, or an operator or a reception desk taking it down. Each needs the access
 * code, which only the citizen has. Not satisfied, with a reason, opens a reconsideration: a new
 * appeal through intake, its receipt committed with the verdict, routed to the body above.
 */
@Stateless
public class Verdicts {

    /** Who files a reconsideration, as its receipt records it. */
    static final String FILED_BY = "verdict";
    public static final int MAX_COMMENT = 2000;

    @Inject
    Appeals appeals;

    @Inject
    IntakeService intake;

    @Inject
    SubmissionRules rules;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "appeals.verdict.window-days", defaultValue = "30")
    int windowDays;

    /**
     * @param recordedBy the operator or desk that took the verdict down; null when the citizen gave it
     * @return the appeal judged, or empty for an unknown number and a wrong code alike
     * @throws Refusal NOT_ALLOWED when the appeal has no answer, the window has closed, or the verdict changed once already
     */
    public Optional<Appeal> give(String number, String accessCode, Satisfaction satisfaction, String comment,
            VerdictChannel via, String recordedBy) {
        Optional<Appeal> found = number == null ? Optional.empty()
                : appeals.read(number.strip()).filter(a -> a.opensWith(accessCode));
        found.ifPresent(appeal -> {
            Instant now = clock.instant();
            String reason = comment == null || comment.isBlank() ? null : comment.strip();
            if (appeal.judged(now, satisfaction, reason, via, recordedBy, Duration.ofDays(windowDays))) {
                AppealSubmission complaint = reconsideration(appeal, reason, via, now);
                SubmissionRules.Result checked = rules.check(complaint);
                if (!checked.accepted()) {
                    throw new IllegalStateException("The reconsideration of " + appeal.getRegistrationNumber()
                            + " breaks the intake rules: " + checked.violations());
                }
                intake.acceptWithin(FILED_BY, complaint.channel(),
                        IdempotencyKey.of("reconsideration-of-" + appeal.getRegistrationNumber(), reason, List.of()),
                        checked.checked());
            }
        });
        return found;
    }

    /**
     * The citizen's complaint about the answer: the same person, subject and region, with their
     * reason, through the door the verdict came by (the hotline, a desk, or online).
     */
    static AppealSubmission reconsideration(Appeal original, String reason, VerdictChannel via, Instant now) {
        Channel door = switch (via) {
            case OPERATOR -> Channel.PHONE;
            case RECEPTION -> Channel.RECEPTION;
            case PUBLIC_LOOKUP, NOTIFICATION_LINK -> Channel.ELECTRONIC;
        };
        return new AppealSubmission(door, AppealKind.COMPLAINT, "Reconsideration of " + original.getRegistrationNumber()
                + ": the citizen is not satisfied with its answer. " + reason,
                original.getMatter().language(), original.getMatter().category().getCode(),
                original.getMatter().region() == null ? null : original.getMatter().region().getCode(), original.getApplicant().details(),
                original.getMatter().signatories(), null, now.atOffset(ZoneOffset.UTC), null, null, null, null, null, List.of(),
                original.getRegistrationNumber());
    }
}
