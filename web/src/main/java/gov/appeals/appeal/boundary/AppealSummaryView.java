package gov.appeals.appeal.boundary;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.Escalation;
import gov.appeals.platform.rest.Times;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.Channel;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** An appeal in a list: enough to find and triage it, no personal data and no text. */
public record AppealSummaryView(
        String registrationNumber,
        Channel channel,
        AppealKind kind,
        CodeName category,
        AppealStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        CodeName body,
        AppealView.Assignee assignee,
        int redirections,
        Escalation escalation,
        boolean repeat) {

    public static AppealSummaryView of(Appeal a, ZoneId zone, Locale locale) {
        return new AppealSummaryView(a.getRegistrationNumber(), a.getChannel(), a.getKind(),
                CodeName.of(a.getCategory(), locale), a.getStatus(), Times.at(a.getReceivedAt(), zone),
                Times.at(a.getDueAt(), zone), CodeName.of(a.getBody(), locale), AppealView.Assignee.of(a.getAssignee()),
                a.getRedirectionCount(), a.getEscalation(), a.isRepeat());
    }
}
