package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;

/**
 * Its answer term was extended, once, by a head; the citizen is told the new date and why. Fired
 * as a CDI event inside the transaction that made the change, so what observers write commits or
 * rolls back with it.
 */
public record TermExtended(Appeal appeal, int days, String reason) {
}
