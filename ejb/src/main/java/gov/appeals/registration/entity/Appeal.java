package gov.appeals.registration.entity;

import gov.appeals.intake.entity.AppealKind;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.ApplicantDetails;
import gov.appeals.intake.entity.Channel;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.routing.entity.Body;
import gov.appeals.routing.entity.Official;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A registered appeal: what the citizen asked, through which door, under which number, with whom
 * it is and by when it must be answered, and every step taken on it.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "registration_number", nullable = false, unique = true, length = 20)
    private String registrationNumber;

    /** One appeal per receipt: the database refuses a second registration of a redelivered message. */
    @Column(name = "receipt_id", nullable = false, unique = true)
    private UUID receiptId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(length = 10)
    private String language;

    @Column(nullable = false, length = 20000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_code")
    private Body body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Official assignee;

    @Column(name = "applicant_full_name", length = 300)
    private String applicantFullName;
    @Column(name = "applicant_phone", length = 40)
    private String applicantPhone;
    @Column(name = "applicant_email", length = 254)
    private String applicantEmail;
    @Column(name = "applicant_address", length = 500)
    private String applicantAddress;
    @Column(name = "applicant_national_id", length = 20)
    private String applicantNationalId;

    @Column(nullable = false)
    private boolean anonymous;

    @Column
    private Integer signatories;

    /** The body a complaint is about: never the one that answers it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "respondent_code")
    private Body respondent;

    @Column(name = "caller_number", length = 40)
    private String callerNumber;
    @Column(name = "call_id", length = 100)
    private String callId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reception_point_code")
    private ReceptionPoint receptionPoint;
    @Column(name = "ticket_number", length = 40)
    private String ticketNumber;

    @Column(name = "radio_programme", length = 200)
    private String radioProgramme;
    @Column(name = "radio_air_date")
    private LocalDate radioAirDate;
    @Column(name = "radio_episode", length = 100)
    private String radioEpisode;
    @Column(name = "answered_on_air")
    private Boolean answeredOnAir;
    @Column(name = "on_air_answer", length = 20000)
    private String onAirAnswer;

    @OneToMany(mappedBy = "appeal", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Appeal() {
    }

    private Appeal(String registrationNumber, UUID receiptId, String filedBy, AppealSubmission s,
            Category category, Region region, ReceptionPoint receptionPoint, Body respondent, Instant registeredAt) {
        this.registrationNumber = registrationNumber;
        this.receiptId = receiptId;
        this.filedBy = filedBy;
        this.channel = s.channel();
        this.kind = s.kind();
        this.category = category;
        this.region = region;
        this.language = s.language();
        this.summary = s.summary();
        this.receivedAt = s.receivedAt().toInstant();
        this.registeredAt = registeredAt;
        this.status = AppealStatus.REGISTERED;
        this.anonymous = s.anonymous();
        this.signatories = s.signatories();
        this.respondent = respondent;
        ApplicantDetails a = s.applicant();
        if (a != null) {
            this.applicantFullName = a.fullName();
            this.applicantPhone = a.phone();
            this.applicantEmail = a.email();
            this.applicantAddress = a.address();
            this.applicantNationalId = a.nationalId();
        }
        if (s.phoneCall() != null) {
            this.callerNumber = s.phoneCall().callerNumber();
            this.callId = s.phoneCall().callId();
        }
        if (s.receptionVisit() != null) {
            this.receptionPoint = receptionPoint;
            this.ticketNumber = s.receptionVisit().ticketNumber();
        }
        if (s.radioCall() != null) {
            this.radioProgramme = s.radioCall().programme();
            this.radioAirDate = s.radioCall().airDate();
            this.radioEpisode = s.radioCall().episode();
            this.answeredOnAir = s.radioCall().answeredOnAir();
            this.onAirAnswer = s.radioCall().onAirAnswer();
        }
    }

    /**
     * A newly registered appeal, its history starting with how it was received and registered.
     */
    public static Appeal registered(String registrationNumber, UUID receiptId, String filedBy, AppealSubmission s,
            Category category, Region region, ReceptionPoint receptionPoint, Body respondent, Instant registeredAt) {
        Appeal appeal = new Appeal(registrationNumber, receiptId, filedBy, s, category, region, receptionPoint,
                respondent, registeredAt);
        appeal.record(appeal.receivedAt, HistoryAction.RECEIVED, filedBy, "Received by " + s.channel() + describeChannel(s));
        appeal.record(registeredAt, HistoryAction.REGISTERED, HistoryEntry.SYSTEM, "Registration number " + registrationNumber);
        return appeal;
    }

    private static String describeChannel(AppealSubmission s) {
        if (s.phoneCall() != null) {
            return s.phoneCall().callId() == null ? "" : ", call " + s.phoneCall().callId();
        }
        if (s.receptionVisit() != null) {
            return " at " + s.receptionVisit().receptionPoint()
                    + (s.receptionVisit().ticketNumber() == null ? "" : ", ticket " + s.receptionVisit().ticketNumber());
        }
        if (s.radioCall() != null) {
            return ", programme \"" + s.radioCall().programme() + "\" of " + s.radioCall().airDate()
                    + (s.radioCall().episode() == null ? "" : ", episode " + s.radioCall().episode());
        }
        return "";
    }

    public void classified(Instant at, String how) {
        record(at, HistoryAction.CLASSIFIED, HistoryEntry.SYSTEM, "Subject " + category.getCode() + " (" + how + ")");
    }

    /** Routed by rule and assigned within the body; the answer term runs to {@code due}. */
    public void assigned(Instant at, Body to, Official official, String routingReason, Instant due) {
        this.body = to;
        this.assignee = official;
        this.status = AppealStatus.ASSIGNED;
        this.dueAt = due;
        record(at, HistoryAction.ROUTED, HistoryEntry.SYSTEM, routingReason);
        record(at, HistoryAction.ASSIGNED, HistoryEntry.SYSTEM,
                "Assigned to " + official.getFullName() + " (" + official.getUsername() + ")");
    }

    /**
     * Routed to a body that has no active official: it stays REGISTERED in the body's hands, under
     * its term, until someone there takes it.
     */
    public void routedWithoutOfficial(Instant at, Body to, String routingReason, Instant due) {
        this.body = to;
        this.dueAt = due;
        record(at, HistoryAction.ROUTED, HistoryEntry.SYSTEM, routingReason + "; the body has no active official to assign");
    }

    /** No body could be chosen by rule; the answer term runs all the same. */
    public void awaitingDispatcher(Instant at, String reason, Instant due) {
        this.dueAt = due;
        record(at, HistoryAction.AWAITING_DISPATCHER, HistoryEntry.SYSTEM, reason);
    }

    /** Advice given, or answered on the air: counted in statistics, nothing left to answer. */
    public void closedAtIntake(Instant at, String reason) {
        this.status = AppealStatus.CLOSED;
        this.dueAt = null;
        record(at, HistoryAction.CLOSED, HistoryEntry.SYSTEM, reason);
    }

    private void record(Instant at, HistoryAction action, String actor, String detail) {
        history.add(new HistoryEntry(this, at, action, actor, detail));
    }

    public boolean isAssignedTo(String username) {
        return assignee != null && assignee.getUsername().equals(username);
    }

    public boolean isCollective() {
        return signatories != null && signatories > 1;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public UUID getReceiptId() {
        return receiptId;
    }

    public Channel getChannel() {
        return channel;
    }

    public AppealKind getKind() {
        return kind;
    }

    public Category getCategory() {
        return category;
    }

    public Region getRegion() {
        return region;
    }

    public String getLanguage() {
        return language;
    }

    public String getSummary() {
        return summary;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Body getBody() {
        return body;
    }

    public Official getAssignee() {
        return assignee;
    }

    public ApplicantDetails getApplicant() {
        if (applicantFullName == null && applicantPhone == null && applicantEmail == null
                && applicantAddress == null && applicantNationalId == null) {
            return null;
        }
        return new ApplicantDetails(applicantFullName, applicantPhone, applicantEmail, applicantAddress,
                applicantNationalId);
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Integer getSignatories() {
        return signatories;
    }

    public Body getRespondent() {
        return respondent;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public String getCallId() {
        return callId;
    }

    public ReceptionPoint getReceptionPoint() {
        return receptionPoint;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getRadioProgramme() {
        return radioProgramme;
    }

    public LocalDate getRadioAirDate() {
        return radioAirDate;
    }

    public String getRadioEpisode() {
        return radioEpisode;
    }

    public Boolean getAnsweredOnAir() {
        return answeredOnAir;
    }

    public String getOnAirAnswer() {
        return onAirAnswer;
    }

    public List<HistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
