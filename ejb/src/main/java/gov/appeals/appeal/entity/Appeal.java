package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A registered appeal: what the citizen asked, through which door, under which number, with whom
 * it is and by when it must be answered, and every step taken on it. Its parts sit in embeddables
 * ({@link Applicant}, {@link ChannelDetails}, {@link Answer}, {@link DeadlineNotes}); the case
 * workflow is here, each action checking the state machine ({@link AppealStatus}) first.
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

    @Embedded
    private Applicant applicant;

    @Column
    private Integer signatories;

    /** The body a complaint is about: never the one that answers it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "respondent_code")
    private Body respondent;

    /** Null when loaded with nothing recorded: see {@link #getChannelDetails()}. */
    @Embedded
    private ChannelDetails channelDetails;

    /** Null when the citizen named no place a map can use. */
    @Embedded
    private Location location;

    /**
     * An official judged the text fit to publish (no personal data, no one's private life): public
     * feeds such as Open311 may then show it instead of the subject's name.
     */
    @Column(name = "description_public", nullable = false)
    private boolean descriptionPublic;

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

    /** Null until the deadline watch first marks it (JPA loads an embeddable of nulls as null). */
    @Embedded
    private DeadlineNotes deadlineNotes;

    /** Null while unanswered. */
    @Embedded
    private Answer answer;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Linked to another appeal, either way: only then are its links looked up. */
    @Column(name = "has_links", nullable = false)
    private boolean hasLinks;

    /**
     * Changed since the summary's tally last counted it. Every insert and update sets it, so no
     * change of status or body can be missed; the tally clears it, and keeps what it counted the
     * appeal as in columns of its own, which this entity does not map and so never overwrites.
     */
    @Column(name = "tally_pending", nullable = false)
    private boolean tallyPending = true;

    /** The citizen was not satisfied with the answer and said why: a reconsideration was opened, once. */
    @Column(name = "reconsideration_requested", nullable = false)
    private boolean reconsiderationRequested;

    /** A mark, not a status: the same person appealed again on a matter already answered. */
    @Column(name = "is_repeat", nullable = false)
    private boolean repeat;

    /** When the applicant's personal data and the free text were removed (why: the history); null while kept. */
    @Column(name = "personal_data_removed_at")
    private Instant personalDataRemovedAt;

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

    /**
     * A newly registered appeal, its history starting with how it was received and registered.
     */
    public static Appeal registered(String registrationNumber, UUID receiptId, String filedBy, AppealSubmission s,
            Category category, Region region, ReceptionPoint receptionPoint, Body respondent, Instant registeredAt) {
        Appeal a = new Appeal();
        a.registrationNumber = registrationNumber;
        a.receiptId = receiptId;
        a.filedBy = filedBy;
        a.channel = s.channel();
        a.kind = s.kind();
        a.category = category;
        a.region = region;
        a.language = s.language();
        a.summary = s.summary();
        a.receivedAt = s.receivedAt().toInstant();
        a.registeredAt = registeredAt;
        a.status = AppealStatus.REGISTERED;
        a.signatories = s.signatories();
        a.respondent = respondent;
        a.applicant = Applicant.of(s);
        a.channelDetails = ChannelDetails.of(s, receptionPoint);
        a.location = Location.of(s.open311());
        a.record(a.receivedAt, HistoryAction.RECEIVED, filedBy, "Received by " + s.channel() + ChannelDetails.describe(s));
        a.record(registeredAt, HistoryAction.REGISTERED, HistoryEntry.SYSTEM, "Registration number " + registrationNumber);
        return a;
    }

    /** The same answer for an unknown appeal and for one the caller may not see, so nothing leaks. */
    public static Refusal notFound(String registrationNumber) {
        return Refusal.notFound("No appeal " + registrationNumber);
    }

    /**
     * Whether the citizen's access code is this appeal's: compared in constant time, ignoring the
     * case and the spaces or dashes a citizen may type. No code opens an appeal without one.
     */
    public boolean opensWith(String given) {
        if (accessCode == null || given == null) {
            return false;
        }
        String normalised = given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(accessCode.getBytes(StandardCharsets.UTF_8), normalised.getBytes(StandardCharsets.UTF_8));
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
    public void identified(String accessCode, MatchKeys keys) {
        this.accessCode = accessCode;
        applicant.matchedBy(keys);
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
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is already with " + body.getCode()
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
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is with no body yet: route it first");
        }
        if (!to.getBody().getCode().equals(body.getCode())) {
            throw Refusal.notAllowed(to.getUsername() + " is an official of " + to.getBody().getCode()
                    + ", not of " + body.getCode() + " that holds appeal " + registrationNumber);
        }
        if (to.equals(assignee)) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is already assigned to " + to.getUsername());
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
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is with no body yet: route it instead");
        }
        if (body.getCode().equals(to.getCode())) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is already with " + to.getCode());
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

    /** A head extends the term, once, with a reason, by no more than the law in force allows. */
    public void extend(Instant at, String actor, int days, String reason, TermPolicy terms) {
        require(AppealAction.EXTEND);
        if (extendedDays != null) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " was already extended once, by " + extendedDays
                    + " days; a term is extended only once");
        }
        if (dueAt == null || at.isAfter(dueAt)) {
            throw Refusal.notAllowed("The term of appeal " + registrationNumber
                    + " has already ended; an extension is decided before it ends");
        }
        Instant extended = terms.extendedDue(dueAt, days).orElseThrow(() -> Refusal.notAllowed(
                "An extension may be " + terms.extensionLimit(dueAt) + "; " + days + " were asked"));
        extendedDays = days;
        extensionReason = reason;
        dueAt = extended;
        if (deadlineNotes != null) {
            deadlineNotes.answerTermMoved();
        }
        record(at, HistoryAction.EXTENDED, actor, "Term extended by " + days + " days to " + extended + ": " + reason);
    }

    /** The assigned official answers; {@link Answer#byOfficial} holds the rules of an answer. */
    public void answer(Instant at, String actor, OfficialAnswer given, TermPolicy terms) {
        require(AppealAction.ANSWER);
        answered(Answer.byOfficial(at, actor, given, channel, getApplicant().isAnonymous(), registrationNumber), terms);
        record(at, HistoryAction.ANSWERED, actor, "Answered: " + answer.describe());
    }

    /** Answered by the answer to the appeal it duplicates: one answer for one matter. */
    public void answerWith(Appeal original, TermPolicy terms) {
        if (!AppealStatus.OPEN.contains(status)) {
            return;
        }
        Answer given = original.answer;
        answered(given, terms);
        record(given.at(), HistoryAction.ANSWERED, given.by(),
                "Answered with " + original.registrationNumber + ", which it duplicates: " + given.describe());
    }

    /** A head ends correspondence on a repeat appeal that brings no new arguments. */
    public void endCorrespondence(Instant at, String actor, String reason, String language, TermPolicy terms) {
        if (!repeat) {
            throw Refusal.notAllowed("Correspondence is ended only on a repeat appeal; " + registrationNumber + " is not one");
        }
        if (!AppealStatus.OPEN.contains(status)) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is " + status + ": it cannot be answered now");
        }
        answered(Answer.correspondenceEnded(at, actor, reason, language), terms);
        status = AppealStatus.CLOSED;
        closedAt = at;
        record(at, HistoryAction.CLOSED, actor, "Correspondence ended (repeat appeal, no new arguments): " + reason);
    }

    private void answered(Answer given, TermPolicy terms) {
        answer = given.givenTo(language, terms.workingDaysBetween(receivedAt, given.at()));
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
        record(at, HistoryAction.CLOSED, actor, "Control check passed: answer " + answer.describe() + " of " + answer.by());
    }

    /** A head reopens an answer that did not answer: back to its official, under a new term. */
    public void reopen(Instant at, String actor, String reason, Instant newDue) {
        require(AppealAction.REOPEN);
        record(at, HistoryAction.REOPENED, actor, "Reopened (the answer was " + answer.describe() + "): " + reason);
        answer = null;
        closedAt = null;
        dueAt = newDue;
        if (deadlineNotes != null) {
            deadlineNotes.answerTermRestarted();
        }
        if (assignee != null) {
            assignee.appealAssigned();
            status = AppealStatus.ASSIGNED;
        } else {
            status = AppealStatus.REGISTERED;
        }
    }

    /**
     * The citizen's verdict on the answer, given by themselves or taken down by an operator or a
     * reception desk ({@code recordedBy}), within {@code window} of the answer; once, and changed
     * at most once.
     *
     * @return true when it asks for a reconsideration that is not open yet: the caller opens it
     */
    public boolean judged(Instant at, Satisfaction satisfaction, String comment, VerdictChannel via, String recordedBy,
            Duration window) {
        if (answer == null) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " has no answer to judge yet");
        }
        CitizenVerdict verdict = answer.judged(at, satisfaction, comment, via, recordedBy, window, registrationNumber);
        record(at, verdict.changed() ? HistoryAction.VERDICT_CHANGED : HistoryAction.VERDICT_GIVEN,
                recordedBy == null ? HistoryEntry.CITIZEN : recordedBy,
                satisfaction + " (" + via + ")" + (comment == null ? "" : ": " + comment));
        if (!verdict.asksForReconsideration() || reconsiderationRequested) {
            return false;
        }
        reconsiderationRequested = true;
        return true;
    }

    /** Registered as the reconsideration of an answer its citizen was not satisfied with: supervisors watch it. */
    public AppealLink reconsiders(Appeal original, Instant at) {
        hasLinks = true;
        original.hasLinks = true;
        record(at, HistoryAction.LINKED, HistoryEntry.SYSTEM, "Reconsideration of " + original.registrationNumber
                + ", whose answer" + (original.answer == null ? " (reopened since)" : " (" + original.answer.describe() + ")")
                + " did not satisfy the citizen");
        original.record(at, HistoryAction.RECONSIDERATION_OPENED, HistoryEntry.SYSTEM,
                "Reconsidered by " + registrationNumber);
        escalate(at, Escalation.RECONSIDERATION, "The citizen was not satisfied with the answer to "
                + original.registrationNumber);
        return new AppealLink(this, original, LinkType.RECONSIDERATION, at);
    }

    /** An official publishes the text, or takes it back; the reason stays in the history. */
    public void publishDescription(Instant at, String actor, boolean publish, String reason) {
        if (descriptionPublic == publish) {
            throw Refusal.notAllowed("The text of appeal " + registrationNumber + " is "
                    + (publish ? "public" : "not public") + " already");
        }
        descriptionPublic = publish;
        record(at, publish ? HistoryAction.DESCRIPTION_PUBLISHED : HistoryAction.DESCRIPTION_WITHDRAWN, actor, reason);
    }

    /**
     * Marked by the deadline watch, once per term; false when it was marked already or no longer
     * applies (answered meanwhile, or taken up, for the forwarding term).
     */
    public boolean note(DeadlineMark mark, Instant at) {
        if (!mark.statuses().contains(status)) {
            return false;
        }
        if (deadlineNotes == null) {
            deadlineNotes = new DeadlineNotes();
        }
        if (!deadlineNotes.note(mark, at)) {
            return false;
        }
        record(at, mark.historyAction(), HistoryEntry.SYSTEM, switch (mark) {
            case DUE_SOON -> "Due " + dueAt + ", within days";
            case OVERDUE -> "Not answered by " + dueAt;
            case FORWARDING_OVERDUE -> "Not taken up or sent on by " + forwardBy
                    + (body == null ? ": still waits for a dispatcher" : ": " + body.getCode() + " has assigned nobody");
        });
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
                    + ", already answered (" + earlier.answer.outcome() + ")");
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
        if (deadlineNotes != null) {
            deadlineNotes.forwardingTermRestarted();
        }
    }

    /** A complaint is never sent to the body whose actions it complains about. */
    private void refuseComplaintAbout(Body to) {
        if (kind == AppealKind.COMPLAINT && respondent != null && respondent.getCode().equals(to.getCode())) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is a complaint about " + to.getCode()
                    + ": it is never sent to the body it complains about");
        }
    }

    private void require(AppealAction action) {
        if (!status.allows(action)) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " is " + status + ": it cannot be "
                    + action.pastTense() + " now");
        }
    }

    /**
     * Notes in the history that the applicant's personal data and the free text were removed (the
     * removal itself is one pass of the database over the appeal and what hangs on it).
     */
    public void personalDataRemoved(Instant at, DataRemoval why, String actor, String detail) {
        personalDataRemovedAt = at;
        record(at, why == DataRemoval.RETENTION ? HistoryAction.PSEUDONYMISED : HistoryAction.ERASED, actor, detail);
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

    public Applicant getApplicant() {
        return applicant;
    }

    public Integer getSignatories() {
        return signatories;
    }

    public Body getRespondent() {
        return respondent;
    }

    public ChannelDetails getChannelDetails() {
        if (channelDetails == null) {
            channelDetails = new ChannelDetails();
        }
        return channelDetails;
    }

    public Location getLocation() {
        return location;
    }

    public boolean isReconsiderationRequested() {
        return reconsiderationRequested;
    }

    public boolean isDescriptionPublic() {
        return descriptionPublic;
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

    /** The answer, or null while there is none. */
    public Answer getAnswer() {
        return answer;
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
