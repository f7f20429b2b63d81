package gov.appeals.registration.entity;

import java.util.Set;

public enum AppealStatus {
    /** Registered; no body chosen yet: waits for a dispatcher (no rule, subject OTHER, or a complaint about the body the rules pick). */
    REGISTERED,
    /** Sent to a body and assigned to one of its officials. */
    ASSIGNED,
    /** Nothing left to do: advice given, answered on air, or answered and checked. */
    CLOSED;

    /** Statuses in which the appeal still needs an answer and counts against someone's deadline. */
    public static final Set<AppealStatus> OPEN = Set.of(REGISTERED, ASSIGNED);
}
