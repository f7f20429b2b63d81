package gov.appeals.verdicts.boundary;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.CitizenVerdict;
import gov.appeals.appeal.entity.Satisfaction;
import gov.appeals.appeal.entity.VerdictChannel;
import gov.appeals.platform.rest.Times;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A verdict as it now stands: {@code changed} once it was changed (no further change then);
 * {@code reconsiderationRequested} once a reconsideration was opened for the appeal.
 */
public record VerdictView(String registrationNumber, Satisfaction verdict, String comment, VerdictChannel via,
        OffsetDateTime givenAt, boolean changed, boolean reconsiderationRequested) {

    public static VerdictView of(Appeal appeal, ZoneId zone) {
        CitizenVerdict v = appeal.getAnswer().verdict();
        return new VerdictView(appeal.getRegistrationNumber(), v.satisfaction(), v.comment(), v.via(), Times.at(v.at(), zone),
                v.changed(), appeal.getLinks().reconsiderationRequested());
    }
}
