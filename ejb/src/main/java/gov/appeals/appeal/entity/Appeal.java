package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.routing.entity.AssignmentChanged;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A registered appeal, the aggregate: its number, what was asked ({@link Matter}) and by whom
 * ({@link Applicant}), who holds it ({@link Custody}), by when it must be answered ({@link Term}),
 * its answer, and every step taken on it. The case workflow is here, each action checking the
 * state machine ({@link AppealStatus}) first and leaving its rules to the part it changes.
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
    private AppealStatus status;

    @Embedded
    private Matter matter;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Embedded
    private Custody custody = new Custody();

    /** Null when JPA loaded a term of nulls: read through {@link #getTerm()}. */
    @Embedded
    private Term term;

    @Embedded
    private Applicant applicant;

    /** Judged fit to publish (no personal data, no one's private life): public feeds may show the text. */
    @Column(name = "description_public", nullable = false)
    private boolean descriptionPublic;

    /** Null without one: see {@link AccessCode}. */
    @Embedded
    private AccessCode accessCode;

    /** Null unless escalated. */
    @Embedded
    private Escalation escalation;

    /** Null while unanswered. */
    @Embedded
    private Answer answer;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    private Links links = new Links();

    /**
     * Changed since the summary's tally last counted it. Every insert and update sets it, so no
     * change of status or body can be missed; the tally clears it, and keeps what it counted the
     * appeal as in columns of its own, which this entity does not map and so never overwrites.
     */
    @Column(name = "tally_pending", nullable = false)
    private boolean tallyPending = true;

    /** When the applicant's personal data and the free text were removed (why: the history); null while kept. */
    @Column(name = "personal_data_removed_at")
    private Instant personalDataRemovedAt;

    @OneToMany(mappedBy = "appeal", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "appeal", cascade = CascadeType.PERSIST)
    @OrderBy("hop")
    private List<Redirection> redirections = new ArrayList<>();

    /** The changes of hands since loaded, for the caller to announce: {@link #assignmentChanges()}. */
    @Transient
    private final List<AssignmentChanged> assignmentChanges = new ArrayList<>();

    protected Appeal() {
    }

    @PrePersist
    @PreUpdate
    void changedSinceTallied() {
        tallyPending = true;
    }

    /** A newly registered appeal, its history starting with how it was received and registered. */
    public static Appeal registered(String registrationNumber, UUID receiptId, String filedBy, AppealSubmission s,
            Category category, Region region, ReceptionPoint receptionPoint, Body respondent, Instant registeredAt) {
        Appeal a = new Appeal();
        a.registrationNumber = registrationNumber;
        a.receiptId = receiptId;
        a.matter = Matter.of(s, filedBy, category, region, receptionPoint, respondent);
        a.registeredAt = registeredAt;
        a.status = AppealStatus.REGISTERED;
        a.applicant = Applicant.of(s);
        a.record(a.matter.receivedAt(), HistoryAction.RECEIVED, filedBy, "Received by " + s.channel() + ChannelDetails.describe(s));
        a.record(registeredAt, HistoryAction.REGISTERED, HistoryEntry.SYSTEM, "Registration number " + registrationNumber);
        return a;
    }

    /** The same answer for an unknown appeal and for one the caller may not see, so nothing leaks. */
    public static Refusal notFound(String registrationNumber) {
        return Refusal.notFound("No appeal " + registrationNumber);
    }

    /** Whether the citizen's access code is this appeal's; no code opens an appeal without one. */
    public boolean opensWith(String given) {
        return accessCode != null && accessCode.opens(given);
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
        record(at, HistoryAction.CLASSIFIED, HistoryEntry.SYSTEM, "Subject " + matter.category().getCode() + " (" + how + ")");
    }

    /** The citizen's access code and the keys that find their later appeals; set at registration. */
    public void identified(String accessCode, MatchKeys keys) {
        this.accessCode = new AccessCode(accessCode);
        applicant.matchedBy(keys);
    }

    /**
     * Where registration sent it, the answer term running to {@code due} in every case: to a body
     * by rule and its official; to a body with no active official, where it stays REGISTERED until
     * someone takes it; or nowhere, when no rule chose a body and a dispatcher must route it within
     * the forwarding term.
     */
    public void routedAtRegistration(Instant at, Body to, Official official, String reason, Instant due, Instant forwardBy) {
        (term = getTerm()).runsTo(due);
        if (to == null) {
            custody.awaitDispatcher(forwardBy);
            record(at, HistoryAction.AWAITING_DISPATCHER, HistoryEntry.SYSTEM, reason);
        } else if (official == null) {
            custody.arrive(to, at, forwardBy);
            record(at, HistoryAction.ROUTED, HistoryEntry.SYSTEM, reason + "; the body has no active official to assign");
        } else {
            custody.arrive(to, at, forwardBy);
            custody.assignedAtRegistration(official);
            status = AppealStatus.ASSIGNED;
            record(at, HistoryAction.ROUTED, HistoryEntry.SYSTEM, reason);
            record(at, HistoryAction.ASSIGNED, HistoryEntry.SYSTEM,
                    "Assigned to " + official.getFullName() + " (" + official.getUsername() + ")");
        }
    }

    /** Advice given, or answered on the air: counted in statistics, nothing left to answer. */
    public void closedAtIntake(Instant at, String reason) {
        this.status = AppealStatus.CLOSED;
        record(at, HistoryAction.CLOSED, HistoryEntry.SYSTEM, reason);
    }

    // ---- The case workflow. Each action checks the state machine first, then its rules, and
    // records itself in the history with its actor and reason.

    /** A dispatcher sends an appeal that no rule could route to a body, and to its official if one is free. */
    public void route(Instant at, String actor, Body to, String reason, Official official, Instant forwardBy) {
        require(AppealAction.ROUTE);
        custody.requireNoBody(registrationNumber);
        matter.refuseComplaintAbout(to, registrationNumber);
        custody.arrive(to, at, forwardBy);
        record(at, HistoryAction.ROUTED, actor, "Routed to " + to.getCode() + ": " + reason);
        if (official != null) {
            handOver(at, actor, official);
        }
    }

    /** Another official of the same body takes the appeal over. */
    public void reassign(Instant at, String actor, Official to) {
        require(AppealAction.ASSIGN);
        custody.requireReassignableTo(to, registrationNumber);
        handOver(at, actor, to);
    }

    /**
     * The body holding the appeal is not competent and sends it on. The hop is kept; the appeal
     * stays open under the registering office's control; past the limit it is escalated.
     */
    public Redirection redirect(Instant at, String actor, Body to, String reason, Official official, Instant nextForwardBy,
            int limit) {
        require(AppealAction.REDIRECT);
        String from = custody.bodyCode();
        matter.refuseComplaintAbout(to, registrationNumber);
        Redirection hop = custody.redirect(this, at, actor, to, reason, nextForwardBy);
        redirections.add(hop);
        record(at, HistoryAction.REDIRECTED, actor, "Redirected from " + from + " to " + to.getCode() + " (hop "
                + hop.getHop() + (hop.isLate() ? ", after the forwarding term had ended" : "") + "): " + reason);
        changed(custody.release());
        status = AppealStatus.REGISTERED;
        if (official != null) {
            handOver(at, HistoryEntry.SYSTEM, official);
        }
        int hops = custody.redirectionCount();
        if (hops > limit) {
            escalate(at, EscalationReason.REDIRECTION_LIMIT, "Redirected " + hops + " times, more than the limit of "
                    + limit + ": supervisors decide who is competent");
        }
        return hop;
    }

    /** A head extends the term, once, with a reason, by no more than the law in force allows. */
    public void extend(Instant at, String actor, int days, String reason, TermPolicy terms) {
        require(AppealAction.EXTEND);
        (term = getTerm()).extend(registrationNumber, at, days, reason, terms);
        record(at, HistoryAction.EXTENDED, actor, "Term extended by " + days + " days to " + term.dueAt() + ": " + reason);
    }

    /** The assigned official answers; {@link Answer#byOfficial} holds the rules of an answer. */
    public void answer(Instant at, String actor, OfficialAnswer given, TermPolicy terms) {
        require(AppealAction.ANSWER);
        answered(Answer.byOfficial(at, actor, given, matter.channel(), getApplicant().isAnonymous(), registrationNumber), terms);
        record(at, HistoryAction.ANSWERED, actor, "Answered: " + answer.describe());
    }

    /** Answered by the answer to the appeal it duplicates: one answer for one matter. */
    public void answerWith(Appeal original, TermPolicy terms) {
        if (AppealStatus.OPEN.contains(status)) {
            Answer given = original.answer;
            answered(given, terms);
            record(given.at(), HistoryAction.ANSWERED, given.by(),
                    "Answered with " + original.registrationNumber + ", which it duplicates: " + given.describe());
        }
    }

    /** A head ends correspondence on a repeat appeal that brings no new arguments. */
    public void endCorrespondence(Instant at, String actor, String reason, String language, TermPolicy terms) {
        if (!links.repeat()) {
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
        answer = given.givenTo(matter.language(), terms.workingDaysBetween(matter.receivedAt(), given.at()));
        status = AppealStatus.ANSWERED;
        changed(new AssignmentChanged(custody.assignee(), null)); // still shown as whose it was
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
        (term = getTerm()).runsTo(newDue);
        if (custody.assignee() != null) {
            changed(new AssignmentChanged(null, custody.assignee()));
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
        return verdict.asksForReconsideration() && links.reconsiderationOpened();
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
        boolean first = mark == DeadlineMark.FORWARDING_OVERDUE ? custody.noteForwardingOverdue(at) : (term = getTerm()).note(mark, at);
        if (first) {
            record(at, mark.historyAction(), HistoryEntry.SYSTEM, mark.describe(getTerm(), custody));
        }
        return first;
    }

    void escalate(Instant at, EscalationReason why, String detail) {
        if (escalation == null) { // the first reason stays
            escalation = new Escalation(why, at);
            record(at, HistoryAction.ESCALATED, HistoryEntry.SYSTEM, detail);
        }
    }

    private void handOver(Instant at, String actor, Official to) {
        changed(custody.handOver(to));
        status = AppealStatus.ASSIGNED;
        record(at, HistoryAction.ASSIGNED, actor, "Assigned to " + to.getFullName() + " (" + to.getUsername() + ")");
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

    void record(Instant at, HistoryAction action, String actor, String detail) {
        history.add(new HistoryEntry(this, at, action, actor, detail));
    }

    private void changed(AssignmentChanged change) {
        if (change != null && (change.released() != null || change.charged() != null)) {
            assignmentChanges.add(change);
        }
    }

    /**
     * The officials whose load the actions since the last call changed: the caller announces them
     * in its transaction, and routing keeps the count.
     */
    public List<AssignmentChanged> assignmentChanges() {
        List<AssignmentChanged> changes = List.copyOf(assignmentChanges);
        assignmentChanges.clear();
        return changes;
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

    public AppealStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public boolean isDescriptionPublic() {
        return descriptionPublic;
    }

    /** Null when the appeal has none. */
    public String getAccessCode() {
        return accessCode == null ? null : accessCode.code();
    }

    public Matter getMatter() {
        return matter;
    }

    public Custody getCustody() {
        return custody;
    }

    /** Never null: an appeal with nothing left to answer has a term without a due date. */
    public Term getTerm() {
        return term != null ? term : new Term(); // reading never changes the appeal; actions keep what they change
    }

    /** Null unless escalated. */
    public Escalation getEscalation() {
        return escalation;
    }

    /** The answer, or null while there is none. */
    public Answer getAnswer() {
        return answer;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The hops, read only when there are some (the count is on the appeal's row). */
    public List<Redirection> getRedirections() {
        return custody.redirectionCount() == 0 ? List.of() : Collections.unmodifiableList(redirections);
    }

    public Links getLinks() {
        return links;
    }

    public List<HistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
