package gov.appeals.appeal.boundary;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.EscalationReason;
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
        EscalationReason escalation,
        boolean repeat) {

    public static AppealSummaryView of(Appeal a, ZoneId zone, Locale locale) {
        return new AppealSummaryView(a.getRegistrationNumber(), a.getMatter().channel(), a.getMatter().kind(),
                CodeName.of(a.getMatter().category(), locale), a.getStatus(), Times.at(a.getMatter().receivedAt(), zone),
                Times.at(a.getTerm().dueAt(), zone), CodeName.of(a.getCustody().body(), locale), AppealView.Assignee.of(a.getCustody().assignee()),
                a.getCustody().redirectionCount(), a.getEscalation() == null ? null : a.getEscalation().reason(),
                a.getLinks().repeat());
    }
}
