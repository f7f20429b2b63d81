package gov.appeals.submission.entity;

/** The door an appeal came in through. */
public enum Channel {
    /** The hotline, "trust phone": an operator takes it down during a call. */
    PHONE,
    /** A visitor at a public reception desk. */
    RECEPTION,
    /** A live call-in show, forwarded by its producers after or during the broadcast. */
    RADIO,
    /** A letter: by post, by courier or by hand, registered by the registry's clerks. */
    WRITTEN,
    /** E-mail to the office's mailbox, or an Open311 application. */
    ELECTRONIC
}
