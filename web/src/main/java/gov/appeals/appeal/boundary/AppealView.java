package gov.appeals.appeal.boundary;

import gov.appeals.appeal.control.AppealCase;
import gov.appeals.appeal.entity.Answer;
import gov.appeals.appeal.entity.AnswerOutcome;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.ChannelDetails;
import gov.appeals.appeal.entity.CitizenVerdict;
import gov.appeals.appeal.entity.EscalationReason;
import gov.appeals.appeal.entity.HistoryAction;
import gov.appeals.appeal.entity.HistoryEntry;
import gov.appeals.appeal.entity.Location;
import gov.appeals.appeal.entity.Satisfaction;
import gov.appeals.appeal.entity.UnansweredGround;
import gov.appeals.appeal.entity.VerdictChannel;
import gov.appeals.platform.rest.Times;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.ReceivedVia;
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
        LetterView letter,
        LocationView location,
        boolean descriptionPublic,
        String accessCode,
        OffsetDateTime arrivedAtBody,
        OffsetDateTime forwardBy,
        List<RedirectionView> redirections,
        ExtensionView extension,
        EscalationReason escalation,
        OffsetDateTime escalatedAt,
        AnswerView answer,
        OffsetDateTime closedAt,
        boolean repeat,
        List<AppealCase.Link> links,
        int version,
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

    /** How a written or electronic appeal came; for Open311, the key that filed it and the app's link to a photo. */
    public record LetterView(ReceivedVia receivedVia, String letterNumber, LocalDate letterDate, Long open311Key,
            String mediaUrl) {
    }

    /** Where the matter is, as an Open311 app sent it. */
    public record LocationView(Double lat, Double lon, String address, String addressId) {
        static LocationView of(Location l) {
            return l == null ? null : new LocationView(l.latitude(), l.longitude(), l.address(), l.addressId());
        }
    }

    public record RedirectionView(int hop, CodeName from, CodeName to, String reason, String actor, OffsetDateTime at,
            boolean late) {
    }

    public record ExtensionView(int days, String reason) {
    }

    /**
     * {@code oral}: given at the desk, the visitor agreeing ({@code citizenConsent}); {@code verdict}:
     * the citizen's, once given.
     */
    public record AnswerView(AnswerOutcome outcome, Boolean measuresTaken, UnansweredGround ground, String text,
            String language, boolean oral, Boolean citizenConsent, OffsetDateTime answeredAt, String answeredBy,
            VerdictOnAnswer verdict) {
    }

    /** {@code recordedBy}: the operator or desk that took it down; absent when the citizen gave it online. */
    public record VerdictOnAnswer(Satisfaction satisfaction, String comment, VerdictChannel via, String recordedBy,
            OffsetDateTime at, boolean changed) {
        static VerdictOnAnswer of(CitizenVerdict v, ZoneId zone) {
            return v == null ? null
                    : new VerdictOnAnswer(v.satisfaction(), v.comment(), v.via(), v.recordedBy(), Times.at(v.at(), zone), v.changed());
        }
    }

    public record HistoryView(OffsetDateTime at, HistoryAction action, String actor, String detail) {
        static HistoryView of(HistoryEntry e, ZoneId zone) {
            return new HistoryView(Times.at(e.getAt(), zone), e.getAction(), e.getActor(), e.getDetail());
        }
    }

    /**
     * @param showAccessCode whether the reader may see the citizen's access code (dispatchers,
     *            supervisors, administrators: those who may read it out to a citizen)
     */
    public static AppealView of(AppealCase c, ZoneId zone, Locale locale, boolean showAccessCode) {
        Appeal a = c.appeal();
        ChannelDetails door = a.getMatter().channelDetails();
        Answer answer = a.getAnswer();
        return new AppealView(
                a.getRegistrationNumber(), a.getReceiptId(), a.getMatter().channel(), a.getMatter().kind(),
                CodeName.of(a.getMatter().category(), locale), CodeName.of(a.getMatter().region(), locale), a.getMatter().language(), a.getMatter().summary(),
                a.getStatus(), Times.at(a.getMatter().receivedAt(), zone), Times.at(a.getRegisteredAt(), zone),
                Times.at(a.getTerm().dueAt(), zone), CodeName.of(a.getCustody().body(), locale), Assignee.of(a.getCustody().assignee()),
                a.getApplicant().details(), a.getApplicant().isAnonymous(), a.getMatter().isCollective(), a.getMatter().signatories(),
                CodeName.of(a.getMatter().respondent(), locale), a.getMatter().filedBy(),
                door.isPhoneCall() ? new PhoneCallView(door.callerNumber(), door.callId()) : null,
                door.isReceptionVisit()
                        ? new ReceptionVisitView(CodeName.of(door.receptionPoint(), locale), door.ticketNumber()) : null,
                door.isRadioCall() ? new RadioCallView(door.radioProgramme(), door.radioAirDate(), door.radioEpisode(),
                        door.answeredOnAir(), door.onAirAnswer()) : null,
                door.isLetter() ? new LetterView(door.receivedVia(), door.letterNumber(), door.letterDate(),
                        door.open311Key(), door.mediaUrl()) : null,
                LocationView.of(a.getMatter().location()),
                a.isDescriptionPublic(),
                showAccessCode ? a.getAccessCode() : null,
                Times.at(a.getCustody().arrivedAtBody(), zone),
                Times.at(a.getCustody().forwardBy(), zone),
                a.getRedirections().stream().map(r -> new RedirectionView(r.getHop(), CodeName.of(r.getFrom(), locale),
                        CodeName.of(r.getTo(), locale), r.getReason(), r.getActor(), Times.at(r.getAt(), zone), r.isLate()))
                        .toList(),
                a.getTerm().extendedDays() == null ? null : new ExtensionView(a.getTerm().extendedDays(), a.getTerm().extensionReason()),
                a.getEscalation() == null ? null : a.getEscalation().reason(),
                a.getEscalation() == null ? null : Times.at(a.getEscalation().at(), zone),
                answer == null ? null : new AnswerView(answer.outcome(), answer.measuresTaken(), answer.ground(),
                        answer.text(), answer.language(), answer.isOral(), answer.oralConsent(), Times.at(answer.at(), zone),
                        answer.by(), VerdictOnAnswer.of(answer.verdict(), zone)),
                Times.at(a.getClosedAt(), zone),
                a.getLinks().repeat(),
                c.links(),
                a.getVersion(),
                a.getHistory().stream().map(e -> HistoryView.of(e, zone)).toList());
    }
}
