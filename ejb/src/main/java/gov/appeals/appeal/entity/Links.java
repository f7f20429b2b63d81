package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How an appeal stands to the citizen's other appeals, as marks on its own row so that lists need
 * not look the links up: linked at all, a repeat of one already answered, reconsidered once.
 */
@Embeddable
public class Links {

    /** Linked to another appeal, either way: only then are its links looked up. */
    @Column(name = "has_links", nullable = false)
    private boolean any;

    /** A mark, not a status: the same person appealed again on a matter already answered. */
    @Column(name = "is_repeat", nullable = false)
    private boolean repeat;

    /** The citizen was not satisfied with the answer and said why: a reconsideration was opened, once. */
    @Column(name = "reconsideration_requested", nullable = false)
    private boolean reconsiderationRequested;

    void linked() {
        any = true;
    }

    void repeats() {
        any = true;
        repeat = true;
    }

    /** False when one was opened already: a reconsideration is asked for once. */
    boolean reconsiderationOpened() {
        if (reconsiderationRequested) {
            return false;
        }
        reconsiderationRequested = true;
        return true;
    }

    public boolean any() {
        return any;
    }

    public boolean repeat() {
        return repeat;
    }

    public boolean reconsiderationRequested() {
        return reconsiderationRequested;
    }
}
