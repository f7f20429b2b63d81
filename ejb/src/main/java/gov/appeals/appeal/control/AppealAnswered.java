package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;

/**
 * Answered, or correspondence on it ended; the citizen is sent the answer. Fired as a CDI event
 * inside the transaction that made the change, so what observers write commits or rolls back with
 * it.
 */
public record AppealAnswered(Appeal appeal) {
}
