package gov.appeals.appeal.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appeal stands. The statuses form a state machine: {@link #allows} says which actions
 * each permits, and every action of {@link Appeal} checks it first.
 *
 * <pre>
 * REGISTERED --route/assign--> ASSIGNED --answer--> ANSWERED --close--> CLOSED
 *     ^  (redirect keeps it open, in the next body)     |                  |
 *     +------------------------ reopen <----------------+------------------+
 * </pre>
 */
public enum AppealStatus {
    /** Registered; waits for a dispatcher to route it, or for an official of its body to take it. */
    REGISTERED(EnumSet.of(AppealAction.ROUTE, AppealAction.ASSIGN, AppealAction.REDIRECT, AppealAction.EXTEND)),
    /** With an official of the competent body, who owes the answer by the due date. */
    ASSIGNED(EnumSet.of(AppealAction.ASSIGN, AppealAction.REDIRECT, AppealAction.EXTEND, AppealAction.ANSWER)),
    /** Answered; waits for the control check of the registering office. */
    ANSWERED(EnumSet.of(AppealAction.CLOSE, AppealAction.REOPEN)),
    /** Nothing left to do: answered and checked, or settled at intake (advice given, answered on air). */
    CLOSED(EnumSet.of(AppealAction.REOPEN));

    /** Statuses in which the appeal still needs an answer and counts against someone's deadline. */
    public static final Set<AppealStatus> OPEN = Set.of(REGISTERED, ASSIGNED);

    private final Set<AppealAction> allowed;

    AppealStatus(Set<AppealAction> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(AppealAction action) {
        return allowed.contains(action);
    }
}
