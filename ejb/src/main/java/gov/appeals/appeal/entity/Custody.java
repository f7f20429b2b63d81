package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.routing.entity.AssignmentChanged;
import gov.appeals.routing.entity.Official;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * Who holds an appeal: the body that must answer it and the official there who has it, since when
 * it is with that body, by when a body that is not competent must send it on (the forwarding
 * term), and how often it was sent on; the deadline watch marks the forwarding term once per
 * body. A change of hands is an {@link AssignmentChanged}, which routing counts as the officials'
 * load.
 */
@Embeddable
public class Custody {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_code")
    private Body body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Official assignee;

    @Column(name = "arrived_at_body")
    private Instant arrivedAtBody;

    /** Null once nothing is left to forward; set with no body too (the office's own term then). */
    @Column(name = "forward_by")
    private Instant forwardBy;

    @Column(name = "redirection_count", nullable = false)
    private int redirectionCount;

    /** When the deadline watch marked the forwarding term ended, once per body. */
    @Column(name = "forwarding_overdue_noted_at")
    private Instant forwardingOverdueNotedAt;

    /** The body holds it from {@code at}; if not competent, it sends it on by {@code forwardDue}. */
    void arrive(Body to, Instant at, Instant forwardDue) {
        body = to;
        arrivedAtBody = at;
        forwardBy = forwardDue;
        forwardingOverdueNotedAt = null;
    }

    /** No body could be chosen: the registering office forwards it by {@code forwardDue}. */
    void awaitDispatcher(Instant forwardDue) {
        forwardBy = forwardDue;
    }

    /** Given to an official at registration, whose load the registration's reservation charged already. */
    void assignedAtRegistration(Official official) {
        assignee = official;
    }

    AssignmentChanged handOver(Official to) {
        AssignmentChanged change = new AssignmentChanged(assignee, to);
        assignee = to;
        return change;
    }

    /** A dispatcher's routing: only an appeal with no body yet is routed. */
    void requireNoBody(String number) {
        if (body != null) {
            throw Refusal.notAllowed("Appeal " + number + " is already with " + body.getCode()
                    + "; a body that is not competent redirects it");
        }
    }

    /** Reassignment stays within the body that holds the appeal, to someone who has it not already. */
    void requireReassignableTo(Official to, String number) {
        if (body == null) {
            throw Refusal.notAllowed("Appeal " + number + " is with no body yet: route it first");
        }
        if (!to.getBody().getCode().equals(body.getCode())) {
            throw Refusal.notAllowed(to.getUsername() + " is an official of " + to.getBody().getCode()
                    + ", not of " + body.getCode() + " that holds appeal " + number);
        }
        if (to.equals(assignee)) {
            throw Refusal.notAllowed("Appeal " + number + " is already assigned to " + to.getUsername());
        }
    }

    /**
     * Sent on to another body: the hop, late if the forwarding term had ended. The official who had
     * it lets it go ({@link #release}); the new body's forwarding term starts.
     */
    Redirection redirect(Appeal appeal, Instant at, String actor, Body to, String reason, Instant nextForwardBy) {
        String number = appeal.getRegistrationNumber();
        if (body == null) {
            throw Refusal.notAllowed("Appeal " + number + " is with no body yet: route it instead");
        }
        if (body.getCode().equals(to.getCode())) {
            throw Refusal.notAllowed("Appeal " + number + " is already with " + to.getCode());
        }
        boolean late = forwardBy != null && at.isAfter(forwardBy);
        Redirection hop = new Redirection(appeal, ++redirectionCount, body, to, reason, actor, at, late);
        arrive(to, at, nextForwardBy);
        return hop;
    }

    /** Nobody of the body has it any more; null when nobody had it. */
    AssignmentChanged release() {
        if (assignee == null) {
            return null;
        }
        AssignmentChanged change = new AssignmentChanged(assignee, null);
        assignee = null;
        return change;
    }

    /** False when marked so already at this body. */
    boolean noteForwardingOverdue(Instant at) {
        if (forwardingOverdueNotedAt != null) {
            return false;
        }
        forwardingOverdueNotedAt = at;
        return true;
    }

    public Body body() {
        return body;
    }

    public String bodyCode() {
        return body == null ? null : body.getCode();
    }

    public Official assignee() {
        return assignee;
    }

    public boolean isAssignedTo(String username) {
        return assignee != null && assignee.getUsername().equals(username);
    }

    public Instant arrivedAtBody() {
        return arrivedAtBody;
    }

    public Instant forwardBy() {
        return forwardBy;
    }

    public int redirectionCount() {
        return redirectionCount;
    }
}
