package gov.appeals.supervision.control;

import gov.appeals.deadlines.control.DeadlineEvents;
import gov.appeals.supervision.entity.Surge;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The surge alarm, after Korea's complaint alarm system: every quarter of an hour it compares each
 * subject's appeals in each region over the last day with the usual day (the same 24 hours of the
 * week in each of the last weeks). A rise that is large both in ratio and in count raises a SURGE,
 * once, listed for supervisors and announced on the deadlines topic; when the day falls back
 * below either threshold, the surge is cleared and that is announced too. Persistent timer: one
 * node of a cluster runs it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SurgeWatch {

    private static final Logger LOG = Logger.getLogger(SurgeWatch.class.getName());
    static final Duration DAY = Duration.ofDays(1);
    static final Duration WEEK = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineEvents events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "appeals.surge.ratio", defaultValue = "3")
    double ratio;

    @Inject
    @ConfigProperty(name = "appeals.surge.min-appeals", defaultValue = "20")
    int minAppeals;

    @Inject
    @ConfigProperty(name = "appeals.surge.baseline-weeks", defaultValue = "4")
    int baselineWeeks;

    /** What one run found: surges raised and cleared now, and those open after it (-1: skipped, a run was going on). */
    public record Run(Instant at, int raised, int cleared, int open) {
    }

    private final AtomicBoolean running = new AtomicBoolean();

    /** One subject in one region: the last day's appeals and the usual day's. */
    record Day(String category, String region, int appeals, double usual) {
    }

    @Schedule(minute = "7/15", hour = "*", persistent = true, info = "surge watch")
    public void scheduled() {
        Run run = runNow();
        if (run.raised() + run.cleared() > 0) {
            LOG.info(() -> "Surge watch: " + run.raised() + " raised, " + run.cleared() + " cleared, " + run.open() + " open");
        }
    }

    /** Runs the watch now, as of the application's clock; a run already going on this node is not doubled. */
    public Run runNow() {
        Instant now = clock.instant();
        if (!running.compareAndSet(false, true)) {
            return new Run(now, 0, 0, -1);
        }
        try {
            return run(now);
        } finally {
            running.set(false);
        }
    }

    private Run run(Instant now) {
        Map<String, Day> days = new HashMap<>();
        for (Day day : days(now)) {
            days.put(day.category() + "/" + day.region(), day);
        }
        List<Surge> open = em.createNamedQuery(Surge.OPEN, Surge.class).getResultList();
        int cleared = 0;
        List<Surge> stillOpen = new ArrayList<>();
        for (Surge surge : open) {
            Day day = days.remove(surge.getCategory() + "/" + surge.getRegion());
            if (day != null && rising(day)) {
                surge.seen(day.appeals());
                stillOpen.add(surge);
            } else {
                surge.cleared(now);
                events.surge(false, surge.getCategory(), surge.getRegion(), day == null ? 0 : day.appeals(),
                        day == null ? surge.getBaseline().doubleValue() : day.usual(), now);
                cleared++;
            }
        }
        int raised = 0;
        for (Day day : days.values()) {
            if (rising(day)) {
                em.persist(Surge.raised(day.category(), day.region(), now, day.appeals(), day.usual()));
                events.surge(true, day.category(), day.region(), day.appeals(), day.usual(), now);
                raised++;
            }
        }
        return new Run(now, raised, cleared, stillOpen.size() + raised);
    }

    /** Large in count and in ratio to the usual day; a subject that had no usual day passes on count alone. */
    boolean rising(Day day) {
        return day.appeals() >= minAppeals && day.appeals() >= ratio * day.usual();
    }

    /** Each subject and region with appeals in the last day or the same day of the earlier weeks. */
    private List<Day> days(Instant now) {
        StringBuilder windows = new StringBuilder("(received_at >= :from0 and received_at < :to0)");
        for (int week = 1; week <= baselineWeeks; week++) {
            windows.append(" or (received_at >= :from").append(week).append(" and received_at < :to").append(week).append(')');
        }
        Query query = em.createNativeQuery("""
                select category_code, region_code,
                       sum(case when received_at >= :from0 then 1 else 0 end),
                       sum(case when received_at < :from0 then 1 else 0 end)
                from appeal
                where region_code is not null and received_at >= :earliest and (%s)
                group by category_code, region_code""".formatted(windows));
        Instant end = now;
        for (int week = 0; week <= baselineWeeks; week++) {
            Instant to = end.minus(WEEK.multipliedBy(week));
            query.setParameter("from" + week, to.minus(DAY)).setParameter("to" + week, to);
        }
        query.setParameter("earliest", now.minus(WEEK.multipliedBy(baselineWeeks)).minus(DAY));
        List<Day> days = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            days.add(new Day((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).doubleValue() / baselineWeeks));
        }
        return days;
    }
}
