package gov.appeals.reporting.control;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.persistence.NativeValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One row per appeal received in a period, for anyone to analyse: numbers, dates, codes, status,
 * outcome, whether it was answered on time, and the citizen's verdict. No personal data and no
 * text of any kind. Rows are read from the database in pieces and handed on one by one, so a year
 * of a national office (a million rows) never sits in memory.
 */
@Stateless
public class OpenData {

    /** The columns, in order; a row's values come in the same order. */
    public static final List<String> COLUMNS = List.of("registrationNumber", "receivedOn", "registeredOn", "dueOn",
            "answeredOn", "channel", "kind", "category", "region", "body", "status", "outcome", "onTime", "verdict");
    static final int FETCH_SIZE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    /**
     * Hands each appeal received from {@code from} to {@code to} (days of receipt, both included) to
     * {@code row}, oldest first, inside one read-only transaction that lasts as long as the writing.
     * {@code onTime} is true when answered by its due date, false when answered later or still
     * unanswered past it, and null while it is open and not yet due.
     */
    public void rows(LocalDate from, LocalDate to, Instant now, Consumer<Object[]> row) {
        ZoneId zone = settings.zone();
        Stream<Object[]> rows = received(em.createNativeQuery("""
                        select registration_number, received_at, registered_at, due_at, answered_at, channel, kind,
                               category_code, region_code, body_code, status, answer_outcome, verdict
                        from appeal where received_at >= :from and received_at < :to order by received_at, id"""),
                from, to, zone);
        try (rows) {
            rows.forEach(r -> {
                Boolean onTime = onTime(instant(r[3]), instant(r[4]), now);
                row.accept(new Object[] {r[0], day(r[1], zone), day(r[2], zone), day(r[3], zone), day(r[4], zone), r[5], r[6],
                    r[7], r[8], r[9], r[10], r[11], onTime, r[12]});
            });
        }
    }

    /**
     * The rows of a query over the appeals received from {@code from} to {@code to} (both included,
     * parameters {@code :from} and {@code :to}), fetched {@value #FETCH_SIZE} at a time and never
     * held by the persistence context. Close the stream.
     */
    @SuppressWarnings("unchecked")
    static Stream<Object[]> received(Query query, LocalDate from, LocalDate to, ZoneId zone) {
        return query.setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }

    /** Answered by the due date; answered later or unanswered past it is not; open and not yet due: unknown (null). */
    static Boolean onTime(Instant due, Instant answered, Instant now) {
        if (due == null) {
            return answered == null ? null : Boolean.TRUE;
        }
        if (answered != null) {
            return !answered.isAfter(due);
        }
        return now.isAfter(due) ? Boolean.FALSE : null;
    }

    private static LocalDate day(Object at, ZoneId zone) {
        Instant instant = instant(at);
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    /** A timestamp column as the driver gives it: H2 and PostgreSQL differ. */
    static Instant instant(Object at) {
        return NativeValues.instant(at);
    }
}
