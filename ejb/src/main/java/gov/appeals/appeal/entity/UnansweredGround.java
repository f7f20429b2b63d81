package gov.appeals.appeal.entity;

/** The legal grounds on which an appeal may be left without an answer on the merits. */
public enum UnansweredGround {
    /** No name or no address to answer: an anonymous appeal. */
    ANONYMOUS,
    /** Obscene or threatening text. */
    OBSCENE,
    /** A repeat with no new arguments, already answered: a head ended the correspondence. */
    CORRESPONDENCE_ENDED
}
