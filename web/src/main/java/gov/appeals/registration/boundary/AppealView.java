package gov.appeals.registration.boundary;

import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.ApplicantDetails;
import gov.appeals.intake.entity.Channel;
import gov.appeals.platform.rest.CodeName;
import gov.appeals.platform.rest.Times;
import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.AppealStatus;
import gov.appeals.registration.entity.HistoryAction;
import gov.appeals.registration.entity.HistoryEntry;
import gov.appeals.routing.entity.Official;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An appeal in full, for those who work on it. */
public record AppealView(
        String registrationNumber,
        UUID receiptId,
        Channel channel,
        AppealKind kind,
        CodeName category,
        CodeName region,
        String language,
        String summary,
        AppealStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        OffsetDateTime dueAt,
        CodeName body,
        Assignee assignee,
        ApplicantDetails applicant,
        boolean anonymous,
        boolean collective,
        Integer signatories,
        CodeName respondent,
        String filedBy,
        PhoneCallView phoneCall,
        ReceptionVisitView receptionVisit,
        RadioCallView radioCall,
        List<HistoryView> history) {

    public record Assignee(String username, String fullName) {
        static Assignee of(Official o) {
            return o == null ? null : new Assignee(o.getUsername(), o.getFullName());
        }
    }

    public record PhoneCallView(String callerNumber, String callId) {
    }

    public record ReceptionVisitView(CodeName receptionPoint, String ticketNumber) {
    }

    public record RadioCallView(String programme, LocalDate airDate, String episode, boolean answeredOnAir,
            String onAirAnswer) {
    }

    public record HistoryView(OffsetDateTime at, HistoryAction action, String actor, String detail) {
        static HistoryView of(HistoryEntry e, ZoneId zone) {
            return new HistoryView(Times.at(e.getAt(), zone), e.getAction(), e.getActor(), e.getDetail());
        }
    }

    public static AppealView of(Appeal a, ZoneId zone, Locale locale) {
        return new AppealView(
                a.getRegistrationNumber(), a.getReceiptId(), a.getChannel(), a.getKind(),
                CodeName.of(a.getCategory(), locale), CodeName.of(a.getRegion(), locale), a.getLanguage(), a.getSummary(),
                a.getStatus(), Times.at(a.getReceivedAt(), zone), Times.at(a.getRegisteredAt(), zone),
                Times.at(a.getDueAt(), zone), CodeName.of(a.getBody(), locale), Assignee.of(a.getAssignee()),
                a.getApplicant(), a.isAnonymous(), a.isCollective(), a.getSignatories(),
                CodeName.of(a.getRespondent(), locale), a.getFiledBy(),
                a.getCallerNumber() == null ? null : new PhoneCallView(a.getCallerNumber(), a.getCallId()),
                a.getReceptionPoint() == null ? null
                        : new ReceptionVisitView(CodeName.of(a.getReceptionPoint(), locale), a.getTicketNumber()),
                a.getRadioProgramme() == null ? null
                        : new RadioCallView(a.getRadioProgramme(), a.getRadioAirDate(), a.getRadioEpisode(),
                                Boolean.TRUE.equals(a.getAnsweredOnAir()), a.getOnAirAnswer()),
                a.getHistory().stream().map(e -> HistoryView.of(e, zone)).toList());
    }
}
