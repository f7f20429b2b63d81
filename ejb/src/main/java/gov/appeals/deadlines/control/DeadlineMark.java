package gov.appeals.deadlines.control;

/** What the deadline watch notes on an appeal, once per term. */
public enum DeadlineMark {
    /** Due within the coming working days (3 by default). */
    DUE_SOON,
    /** Past due and not answered. */
    OVERDUE,
    /** Past the forwarding term and still not taken up: no dispatcher routed it, or its body assigned nobody. */
    FORWARDING_OVERDUE
}
