package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;

/**
 * Sent on to another body, which the citizen is told, with the reason. Fired as a CDI event inside
 * the transaction that made the change, so what observers write commits or rolls back with it.
 */
public record AppealRedirected(Appeal appeal, String reason) {
}
