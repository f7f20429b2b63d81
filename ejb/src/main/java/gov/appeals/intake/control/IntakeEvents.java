package gov.appeals.intake.control;

import gov.appeals.intake.entity.IntakeMessage;

/**
 * What intake tells the rest of the system. Callers never see the messaging behind it.
 */
public interface IntakeEvents {

    /**
     * An appeal was taken down and given a receipt: hand it over for registration. Enlists in the
     * caller's transaction, so the hand-over happens exactly when the receipt is committed.
     */
    void appealTaken(IntakeMessage message);

    /**
     * Hands the appeal over again after {@code delay}, as the {@code deferrals}-th deferral: its
     * receipt is not visible yet. Enlists in the caller's transaction like {@link #appealTaken}.
     */
    void appealDeferred(IntakeMessage message, java.time.Duration delay, int deferrals);
}
