package gov.appeals.appeal.entity;

/** How a later appeal relates to an earlier one of the same person. */
public enum LinkType {
    /** The earlier one is still open: the same matter, answered together. */
    DUPLICATE,
    /** The earlier one was already answered: the person is appealing again. */
    REPEAT,
    /** The citizen was not satisfied with the earlier one's answer: the later one reconsiders it. */
    RECONSIDERATION
}
