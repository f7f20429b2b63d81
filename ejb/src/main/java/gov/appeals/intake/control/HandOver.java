package gov.appeals.intake.control;

import gov.appeals.intake.entity.IntakeMessage;

/**
 * One sending of an intake message: the first at intake, later ones by the relay. The number
 * travels with the message, so that registration records which sending registered the appeal.
 */
public record HandOver(IntakeMessage message, int number) {

    public static HandOver first(IntakeMessage message) {
        return new HandOver(message, 1);
    }
}
