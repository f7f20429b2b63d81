package gov.appeals.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Values of native queries, whose Java types differ between the JDBC drivers. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A timestamp with time zone as the driver hands it (H2 and PostgreSQL differ); null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Not a point in time: " + value.getClass().getName());
    }
}
