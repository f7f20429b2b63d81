package gov.appeals.reporting.control;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.persistence.NativeValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The yearly summary's tally (V12): how many appeals of each year of registration each channel,
 * kind, subject, region, body and status counts. Writes of appeals only mark them pending; one
 * batch here, in a transaction of its own, folds up to {@link #BATCH} pending appeals into the
 * tally, counts their days of receipt again in the {@link DayTally}, and clears their mark. Batches take turns through a lock on one row, so two nodes never
 * count an appeal twice; an appeal another transaction is changing right now is skipped and
 * counted by a later batch, after that change.
 */
@Stateless
public class SummaryTally {

    static final int BATCH = 1_000;
    /** The code of "none" (no region given, no body yet) in the tally, whose key columns cannot be null. */
    static final String NONE = "";

    /** A pending appeal: what it is now, and what the tally counts it as (nothing yet if talliedStatus is null). */
    record Pending(Instant registeredAt, String channel, String kind, String category, String region, String body,
            String status, String talliedStatus, String talliedBody) {
    }

    /** One count of the tally. */
    record Key(int year, String dimension, String code) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Inject
    DayTally dayTally;

    /** Folds the next batch of pending appeals into the tally; returns how many it took (0: none pending, or all being changed now). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tallyNextBatch() {
        em.createNativeQuery("select id from appeal_tally_run where id = 1 for update").getSingleResult();
        // The next pending appeals by the index (its leading column named, so H2 reads it in order
        // instead of sorting every pending appeal), then those rows locked until this batch commits,
        // so the rows cleared below are exactly the rows counted; a row locked by a change still going
        // on is left for a later batch. Locking in the first query would lock every pending row on
        // H2 (it locks what matches before it limits): 30 s a batch with a million pending.
        List<?> candidates = em.createNativeQuery(
                        "select id from appeal where tally_pending = true order by tally_pending, id fetch first %d rows only"
                                .formatted(BATCH))
                .getResultList();
        if (candidates.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, registered_at, channel, kind, category_code, region_code, body_code, status,
                               tallied_status, tallied_body_code, received_at
                        from appeal where id in (:candidates) and tally_pending = true
                        for update skip locked""")
                .setParameter("candidates", candidates.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(rows.size());
        List<Pending> pending = new ArrayList<>(rows.size());
        Set<LocalDate> days = new TreeSet<>();
        ZoneId zone = settings.zone();
        for (Object[] r : rows) {
            ids.add(((Number) r[0]).longValue());
            days.add(instant(r[10]).atZone(zone).toLocalDate());
            pending.add(new Pending(instant(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], (String) r[9]));
        }
        shifts(pending, zone).forEach(this::add);
        dayTally.recount(days);
        em.createNativeQuery("""
                        update appeal set tallied_status = status, tallied_body_code = body_code, tally_pending = false
                        where id in (:ids)""")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("update appeal_tally_run set last_batch_at = :at, appeals_tallied = appeals_tallied + :n where id = 1")
                .setParameter("at", clock.instant())
                .setParameter("n", rows.size())
                .executeUpdate();
        return rows.size();
    }

    /** Appeals changed since the tally last counted them. */
    public long pending() {
        return ((Number) em.createNativeQuery("select count(*) from appeal where tally_pending = true").getSingleResult())
                .longValue();
    }

    private void add(Key key, long appeals) {
        int updated = em.createNativeQuery("""
                        update appeal_tally set appeals = appeals + :n
                        where tally_year = :year and dimension = :dimension and code = :code""")
                .setParameter("n", appeals)
                .setParameter("year", key.year())
                .setParameter("dimension", key.dimension())
                .setParameter("code", key.code())
                .executeUpdate();
        if (updated == 0) {
            // No race with another insert of the same key: batches take turns (the lock above).
            em.createNativeQuery("insert into appeal_tally (tally_year, dimension, code, appeals) values (:year, :dimension, :code, :n)")
                    .setParameter("year", key.year())
                    .setParameter("dimension", key.dimension())
                    .setParameter("code", key.code())
                    .setParameter("n", appeals)
                    .executeUpdate();
        }
    }

    /**
     * How the tally changes when it counts these appeals as they are now: an appeal not counted yet
     * adds one to each of its six codes; one counted before moves from its counted status and body
     * to its current ones (channel, kind, subject and region do not change after registration).
     * The year is the year of registration in the office's time zone, as the summary's.
     */
    static Map<Key, Long> shifts(List<Pending> pending, ZoneId zone) {
        Map<Key, Long> shifts = new HashMap<>();
        for (Pending p : pending) {
            int year = p.registeredAt().atZone(zone).getYear();
            if (p.talliedStatus() == null) {
                shift(shifts, year, "channel", p.channel(), 1);
                shift(shifts, year, "kind", p.kind(), 1);
                shift(shifts, year, "category", p.category(), 1);
                shift(shifts, year, "region", p.region(), 1);
                shift(shifts, year, "body", p.body(), 1);
                shift(shifts, year, "status", p.status(), 1);
                continue;
            }
            if (!p.status().equals(p.talliedStatus())) {
                shift(shifts, year, "status", p.talliedStatus(), -1);
                shift(shifts, year, "status", p.status(), 1);
            }
            if (!Objects.equals(p.body(), p.talliedBody())) {
                shift(shifts, year, "body", p.talliedBody(), -1);
                shift(shifts, year, "body", p.body(), 1);
            }
        }
        shifts.values().removeIf(n -> n == 0);
        return shifts;
    }

    private static void shift(Map<Key, Long> shifts, int year, String dimension, String code, long by) {
        shifts.merge(new Key(year, dimension, code == null ? NONE : code), by, Long::sum);
    }

    /** A timestamp with time zone as the JDBC driver hands it to a native query. */
    static Instant instant(Object value) {
        return NativeValues.instant(value);
    }
}
