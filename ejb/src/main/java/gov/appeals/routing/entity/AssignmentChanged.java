package gov.appeals.routing.entity;

/**
 * An appeal left one official's hands, came into another's, or both: what routing counts as each
 * official's load, so that the next appeal goes to the least loaded. Either side may be null.
 */
public record AssignmentChanged(Official released, Official charged) {
}
