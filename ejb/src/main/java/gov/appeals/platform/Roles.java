package gov.appeals.platform;

/**
 * The roles of the security realm. Intake roles file appeals; the others work on them.
 */
public final class Roles {
    /** Hotline ("trust phone") operator, taking appeals during a call. */
    public static final String OPERATOR = "OPERATOR";
    /** Public reception staff, taking appeals from visitors at a desk. */
    public static final String RECEPTION = "RECEPTION";
    /** Radio call-in show producer, forwarding on-air appeals in batches. */
    public static final String PRODUCER = "PRODUCER";
    /** Registry clerk, registering letters and their scanned pages. */
    public static final String CLERK = "CLERK";
    /** Routes appeals that no rule could route and watches the queue. */
    public static final String DISPATCHER = "DISPATCHER";
    /** An official of one body, answering the appeals assigned to them. */
    public static final String OFFICER = "OFFICER";
    /** Head of the office: extensions, escalations, control. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Reads statistics without personal data. */
    public static final String ANALYST = "ANALYST";
    /** Operates the system: dead letters, reference data. */
    public static final String ADMIN = "ADMIN";

    /** Every role of the realm. */
    public static final java.util.Set<String> ALL = java.util.Set.of(OPERATOR, RECEPTION, PRODUCER, CLERK, DISPATCHER,
            OFFICER, SUPERVISOR, ANALYST, ADMIN);

    /** The roles that see and work on every appeal; an officer sees only those in their scope. */
    public static final java.util.Set<String> SEE_EVERY_APPEAL = java.util.Set.of(DISPATCHER, SUPERVISOR, ADMIN);

    private Roles() {
    }
}
