package gov.appeals.platform.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Instants as the API shows them: ISO-8601 with the deployment's offset, to the second. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }
}
