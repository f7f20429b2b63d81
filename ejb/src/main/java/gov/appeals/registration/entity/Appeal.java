package gov.appeals.registration.entity;

import gov.appeals.deadlines.control.CaseTerms;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
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

    /** The short code the citizen gives with the number to look the appeal up without signing in. */
    @Column(name = "access_code", length = 12)
    private String accessCode;

    /** When the appeal reached the body that holds it, and by when that body must send it on if not competent. */
    @Column(name = "arrived_at_body")
    private Instant arrivedAtBody;
    @Column(name = "forward_by")
    private Instant forwardBy;

    @Column(name = "redirection_count", nullable = false)
    private int redirectionCount;

    @Column(name = "extended_days")
    private Integer extendedDays;
    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Escalation escalation;
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** Set once by the deadline watch, so that each mark is recorded once per term. */
    @Column(name = "due_soon_noted_at")
    private Instant dueSoonNotedAt;
    @Column(name = "overdue_noted_at")
    private Instant overdueNotedAt;
    @Column(name = "forwarding_overdue_noted_at")
    private Instant forwardingOverdueNotedAt;

    @Column(name = "answer_text", length = 20000)
    private String answerText;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_outcome", length = 30)
    private AnswerOutcome answerOutcome;
    @Column(name = "answer_language", length = 10)
    private String answerLanguage;
    @Column(name = "oral_answer_consent")
    private Boolean oralAnswerConsent;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by", length = 100)
    private String answeredBy;
    @Column(name = "closed_at")
    private Instant closedAt;

    /** Linked to another appeal, either way: only then are its links looked up. */
    @Column(name = "has_links", nullable = false)
    private boolean hasLinks;

    /**
     * Changed since the summary's tally last counted it (V12). Every insert and update sets it, so
     * no change of status or body can be missed; the tally clears it, and keeps what it counted the
     * appeal as in columns of its own, which this entity does not map and so never overwrites.
     */
    @Column(name = "tally_pending", nullable = false)
    private boolean tallyPending = true;

    /** A mark, not a status: the same person appealed again on a matter already answered. */
    @Column(name = "is_repeat", nullable = false)
    private boolean repeat;

    @Column(name = "match_phone", length = 20)
    private String matchPhone;
    @Column(name = "match_email", length = 254)
    private String matchEmail;
    @Column(name = "match_national_id", length = 20)
    private String matchNationalId;

    @OneToMany(mappedBy = "appeal", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "appeal", cascade = CascadeType.PERSIST)
    @OrderBy("hop")
    private List<Redirection> redirections = new ArrayList<>();

    protected Appeal() {
    }

    @PrePersist
    @PreUpdate
    void changedSinceTallied() {
        tallyPending = true;
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

    /** Its due date was counted into a year without a holiday calendar: a supervisor should check it. */
    public void calendarMissing(Instant at, String note) {
        record(at, HistoryAction.CALENDAR_MISSING, HistoryEntry.SYSTEM, note);
    }

    /** The receipt was missing when the appeal was registered, and was written again: why. */
    public void receiptRecreated(Instant at, String why) {
        record(at, HistoryAction.RECEIPT_RECREATED, HistoryEntry.SYSTEM, why);
    }

    public void classified(Instant at, String how) {
        record(at, HistoryAction.CLASSIFIED, HistoryEntry.SYSTEM, "Subject " + category.getCode() + " (" + how + ")");
    }

    /** The citizen's access code and the keys that find their later appeals; set at registration. */
    public void identified(String accessCode, String matchPhone, String matchEmail, String matchNationalId) {
        this.accessCode = accessCode;
        this.matchPhone = matchPhone;
        this.matchEmail = matchEmail;
        this.matchNationalId = matchNationalId;
    }

    /** Routed by rule and assigned within the body; the answer term runs to {@code due}. */
    public void assigned(Instant at, Body to, Official official, String routingReason, Instant due, Instant forwardBy) {
        arrive(to, at, forwardBy);
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
    public void routedWithoutOfficial(Instant at, Body to, String routingReason, Instant due, Instant forwardBy) {
        arrive(to, at, forwardBy);
        this.dueAt = due;
        record(at, HistoryAction.ROUTED, HistoryEntry.SYSTEM, routingReason + "; the body has no active official to assign");
    }

    /**
     * No body could be chosen by rule; the answer term runs all the same, and the office must send
     * it to a competent body within the forwarding term.
     */
    public void awaitingDispatcher(Instant at, String reason, Instant due, Instant forwardDue) {
        this.dueAt = due;
        this.forwardBy = forwardDue;
        record(at, HistoryAction.AWAITING_DISPATCHER, HistoryEntry.SYSTEM, reason);
    }

    /** Advice given, or answered on the air: counted in statistics, nothing left to answer. */
    public void closedAtIntake(Instant at, String reason) {
        this.status = AppealStatus.CLOSED;
        this.dueAt = null;
        record(at, HistoryAction.CLOSED, HistoryEntry.SYSTEM, reason);
    }

    // ---- The case workflow. Each action checks the state machine first, then its rules, and
    // records itself in the history with its actor and reason.

    /** A dispatcher sends an appeal that no rule could route to a body, and to its official if one is free. */
    public void route(Instant at, String actor, Body to, String reason, Official official, Instant forwardBy) {
        require(AppealAction.ROUTE);
        if (body != null) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is already with " + body.getCode()
                    + "; a body that is not competent redirects it");
        }
        refuseComplaintAbout(to);
        arrive(to, at, forwardBy);
        record(at, HistoryAction.ROUTED, actor, "Routed to " + to.getCode() + ": " + reason);
        if (official != null) {
            handOver(at, actor, official);
        }
    }

    /** Another official of the same body takes the appeal over. */
    public void reassign(Instant at, String actor, Official to) {
        require(AppealAction.ASSIGN);
        if (body == null) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is with no body yet: route it first");
        }
        if (!to.getBody().getCode().equals(body.getCode())) {
            throw new AppealActionRefused(to.getUsername() + " is an official of " + to.getBody().getCode()
                    + ", not of " + body.getCode() + " that holds appeal " + registrationNumber);
        }
        if (to.equals(assignee)) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is already assigned to " + to.getUsername());
        }
        handOver(at, actor, to);
    }

    /**
     * The body holding the appeal is not competent and sends it on. The hop is kept; the appeal
     * stays open under the registering office's control; past the limit it is escalated.
     */
    public Redirection redirect(Instant at, String actor, Body to, String reason, Official official, Instant nextForwardBy,
            int limit) {
        require(AppealAction.REDIRECT);
        if (body == null) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is with no body yet: route it instead");
        }
        if (body.getCode().equals(to.getCode())) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is already with " + to.getCode());
        }
        refuseComplaintAbout(to);
        boolean late = forwardBy != null && at.isAfter(forwardBy);
        Redirection hop = new Redirection(this, redirectionCount + 1, body, to, reason, actor, at, late);
        redirections.add(hop);
        redirectionCount++;
        record(at, HistoryAction.REDIRECTED, actor, "Redirected from " + body.getCode() + " to " + to.getCode()
                + " (hop " + hop.getHop() + (late ? ", after the forwarding term had ended" : "") + "): " + reason);
        if (assignee != null) {
            assignee.appealReleased();
            assignee = null;
        }
        status = AppealStatus.REGISTERED;
        arrive(to, at, nextForwardBy);
        if (official != null) {
            handOver(at, HistoryEntry.SYSTEM, official);
        }
        if (redirectionCount > limit) {
            escalate(at, Escalation.REDIRECTION_LIMIT, "Redirected " + redirectionCount + " times, more than the limit of "
                    + limit + ": supervisors decide who is competent");
        }
        return hop;
    }

    /** A head extends the term, once, with a reason, by no more than the jurisdiction allows. */
    public void extend(Instant at, String actor, int days, String reason, CaseTerms terms) {
        require(AppealAction.EXTEND);
        if (extendedDays != null) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " was already extended once, by " + extendedDays
                    + " days; a term is extended only once");
        }
        if (dueAt == null || at.isAfter(dueAt)) {
            throw new AppealActionRefused("The term of appeal " + registrationNumber
                    + " has already ended; an extension is decided before it ends");
        }
        Instant extended = terms.extendedDue(dueAt, days);
        if (extended == null) {
            throw new AppealActionRefused("An extension may be at most " + terms.maxExtensionDays(dueAt) + " days here ("
                    + terms.extensionMax() + " under the " + terms.jurisdiction() + " terms); " + days + " were asked");
        }
        extendedDays = days;
        extensionReason = reason;
        dueAt = extended;
        dueSoonNotedAt = null;
        record(at, HistoryAction.EXTENDED, actor, "Term extended by " + days + " days to " + extended + ": " + reason);
    }

    /** The assigned official answers. An oral answer is only for a visitor at a reception who agreed to it. */
    public void answer(Instant at, String actor, String text, AnswerOutcome outcome, String language, boolean citizenConsent) {
        require(AppealAction.ANSWER);
        if (outcome == AnswerOutcome.CORRESPONDENCE_ENDED) {
            throw new AppealActionRefused("Ending correspondence is a head's decision on a repeat appeal");
        }
        if (outcome == AnswerOutcome.ANSWERED_ORALLY) {
            if (channel != Channel.RECEPTION) {
                throw new AppealActionRefused("An oral answer is given only at a public reception; appeal "
                        + registrationNumber + " came by " + channel);
            }
            if (!citizenConsent) {
                throw new AppealActionRefused("An oral answer needs the citizen's consent, recorded with it");
            }
        }
        answered(at, actor, text, outcome, language, outcome == AnswerOutcome.ANSWERED_ORALLY ? Boolean.TRUE : null);
        record(at, HistoryAction.ANSWERED, actor, "Answered: " + outcome);
    }

    /** Answered by the answer to the appeal it duplicates: one answer for one matter. */
    public void answerWith(Appeal original) {
        if (!AppealStatus.OPEN.contains(status)) {
            return;
        }
        answered(original.answeredAt, original.answeredBy, original.answerText, original.answerOutcome,
                original.answerLanguage, original.oralAnswerConsent);
        record(original.answeredAt, HistoryAction.ANSWERED, original.answeredBy,
                "Answered with " + original.registrationNumber + ", which it duplicates: " + answerOutcome);
    }

    /** A head ends correspondence on a repeat appeal that brings no new arguments. */
    public void endCorrespondence(Instant at, String actor, String reason, String language) {
        if (!repeat) {
            throw new AppealActionRefused("Correspondence is ended only on a repeat appeal; " + registrationNumber + " is not one");
        }
        if (!AppealStatus.OPEN.contains(status)) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is " + status + ": it cannot be answered now");
        }
        answered(at, actor, reason, AnswerOutcome.CORRESPONDENCE_ENDED, language, null);
        status = AppealStatus.CLOSED;
        closedAt = at;
        record(at, HistoryAction.CLOSED, actor, "Correspondence ended (repeat appeal, no new arguments): " + reason);
    }

    private void answered(Instant at, String actor, String text, AnswerOutcome outcome, String language, Boolean consent) {
        answerText = text;
        answerOutcome = outcome;
        answerLanguage = language == null ? this.language : language;
        oralAnswerConsent = consent;
        answeredAt = at;
        answeredBy = actor;
        status = AppealStatus.ANSWERED;
        if (assignee != null) {
            assignee.appealReleased();
        }
    }

    /** The registering office checked the answer: nothing left to do. */
    public void close(Instant at, String actor) {
        require(AppealAction.CLOSE);
        status = AppealStatus.CLOSED;
        closedAt = at;
        record(at, HistoryAction.CLOSED, actor, "Control check passed: answer " + answerOutcome + " of " + answeredBy);
    }

    /** A head reopens an answer that did not answer: back to its official, under a new term. */
    public void reopen(Instant at, String actor, String reason, Instant newDue) {
        require(AppealAction.REOPEN);
        record(at, HistoryAction.REOPENED, actor, "Reopened (the answer was " + answerOutcome + "): " + reason);
        answerText = null;
        answerOutcome = null;
        answerLanguage = null;
        oralAnswerConsent = null;
        answeredAt = null;
        answeredBy = null;
        closedAt = null;
        dueAt = newDue;
        dueSoonNotedAt = null;
        overdueNotedAt = null;
        if (assignee != null) {
            assignee.appealAssigned();
            status = AppealStatus.ASSIGNED;
        } else {
            status = AppealStatus.REGISTERED;
        }
    }

    /** Marked by the deadline watch; false when it was marked already. */
    public boolean noteDueSoon(Instant at) {
        if (dueSoonNotedAt != null || !AppealStatus.OPEN.contains(status)) {
            return false;
        }
        dueSoonNotedAt = at;
        record(at, HistoryAction.DUE_SOON, HistoryEntry.SYSTEM, "Due " + dueAt + ", within days");
        return true;
    }

    public boolean noteOverdue(Instant at) {
        if (overdueNotedAt != null || !AppealStatus.OPEN.contains(status)) {
            return false;
        }
        overdueNotedAt = at;
        record(at, HistoryAction.OVERDUE, HistoryEntry.SYSTEM, "Not answered by " + dueAt);
        return true;
    }

    /**
     * Nobody has taken the appeal up (no body chose an official, or no dispatcher routed it) and
     * the term to send it where it belongs has passed.
     */
    public boolean noteForwardingOverdue(Instant at) {
        if (forwardingOverdueNotedAt != null || status != AppealStatus.REGISTERED) {
            return false;
        }
        forwardingOverdueNotedAt = at;
        record(at, HistoryAction.FORWARDING_OVERDUE, HistoryEntry.SYSTEM, "Not taken up or sent on by " + forwardBy
                + (body == null ? ": still waits for a dispatcher" : ": " + body.getCode() + " has assigned nobody"));
        return true;
    }

    /** Linked at registration to an earlier appeal of the same person on the same subject. */
    public AppealLink linkTo(Appeal earlier, LinkType type, Instant at) {
        hasLinks = true;
        earlier.hasLinks = true; // its version moves too: what it shows (its links) has changed
        if (type == LinkType.DUPLICATE) {
            record(at, HistoryAction.LINKED, HistoryEntry.SYSTEM, "Duplicate of " + earlier.registrationNumber
                    + ", still open: handled with it by the same official");
        } else {
            repeat = true;
            record(at, HistoryAction.LINKED, HistoryEntry.SYSTEM, "Repeat of " + earlier.registrationNumber
                    + ", already answered (" + earlier.answerOutcome + ")");
            escalate(at, Escalation.REPEAT, "The same person appeals again on a matter answered in "
                    + earlier.registrationNumber + ": the first answer did not work");
        }
        return new AppealLink(this, earlier, type, at);
    }

    private void escalate(Instant at, Escalation why, String detail) {
        if (escalation != null) {
            return;
        }
        escalation = why;
        escalatedAt = at;
        record(at, HistoryAction.ESCALATED, HistoryEntry.SYSTEM, detail);
    }

    private void handOver(Instant at, String actor, Official to) {
        if (assignee != null) {
            assignee.appealReleased();
        }
        to.appealAssigned();
        assignee = to;
        status = AppealStatus.ASSIGNED;
        record(at, HistoryAction.ASSIGNED, actor, "Assigned to " + to.getFullName() + " (" + to.getUsername() + ")");
    }

    private void arrive(Body to, Instant at, Instant forwardDue) {
        body = to;
        arrivedAtBody = at;
        forwardBy = forwardDue;
        forwardingOverdueNotedAt = null; // a new term, at the new body
    }

    /** A complaint is never sent to the body whose actions it complains about. */
    private void refuseComplaintAbout(Body to) {
        if (kind == AppealKind.COMPLAINT && respondent != null && respondent.getCode().equals(to.getCode())) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is a complaint about " + to.getCode()
                    + ": it is never sent to the body it complains about");
        }
    }

    private void require(AppealAction action) {
        if (!status.allows(action)) {
            throw new AppealActionRefused("Appeal " + registrationNumber + " is " + status + ": it cannot be "
                    + action.pastTense() + " now");
        }
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

    public String getAccessCode() {
        return accessCode;
    }

    public Instant getArrivedAtBody() {
        return arrivedAtBody;
    }

    public Instant getForwardBy() {
        return forwardBy;
    }

    public int getRedirectionCount() {
        return redirectionCount;
    }

    public Integer getExtendedDays() {
        return extendedDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getAnswerText() {
        return answerText;
    }

    public AnswerOutcome getAnswerOutcome() {
        return answerOutcome;
    }

    public String getAnswerLanguage() {
        return answerLanguage;
    }

    public Boolean getOralAnswerConsent() {
        return oralAnswerConsent;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isRepeat() {
        return repeat;
    }

    /** The hops, read only when there are some (the count is on the appeal's row). */
    public List<Redirection> getRedirections() {
        return redirectionCount == 0 ? List.of() : Collections.unmodifiableList(redirections);
    }

    public boolean hasLinks() {
        return hasLinks;
    }

    public List<HistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
