package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;

/**
 * Registered: its number, body and due date are settled; the citizen is owed a receipt of it.
 * Fired as a CDI event inside the transaction that made the change, so what observers write
 * commits or rolls back with it.
 */
public record AppealRegistered(Appeal appeal) {
}
