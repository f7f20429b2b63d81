package gov.appeals.deadlines.control;

import gov.appeals.deadlines.entity.CalendarYear;
import gov.appeals.deadlines.entity.Holiday;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working-day calendars per jurisdiction, read from the holiday and calendar-year tables and kept
 * in memory for a minute: a calendar an administrator replaced on another node is in force here
 * within a minute, and at once on the node that replaced it ({@link #reload()}).
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HolidayCalendars {

    static final long KEPT_MS = 60_000;

    @PersistenceContext
    EntityManager em;

    private record Loaded(WorkingDayCalendar calendar, long at) {
    }

    private final Map<String, Loaded> calendars = new ConcurrentHashMap<>();

    public WorkingDayCalendar of(String jurisdiction) {
        long now = System.currentTimeMillis();
        Loaded loaded = calendars.get(jurisdiction);
        if (loaded == null || now - loaded.at() > KEPT_MS) {
            loaded = new Loaded(load(jurisdiction), now);
            calendars.put(jurisdiction, loaded);
        }
        return loaded.calendar();
    }

    public void reload() {
        calendars.clear();
    }

    public void replaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductionCalendars.CalendarReplaced replaced) {
        reload();
    }

    /** The calendar as the database holds it in the caller's transaction, not kept. */
    public WorkingDayCalendar read(String jurisdiction) {
        return load(jurisdiction);
    }

    private WorkingDayCalendar load(String jurisdiction) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingWeekendDays = new HashSet<>();
        for (Holiday h : em.createNamedQuery(Holiday.OF_JURISDICTION, Holiday.class)
                .setParameter("jurisdiction", jurisdiction)
                .getResultList()) {
            (h.isWorkingDay() ? workingWeekendDays : holidays).add(h.getDay());
        }
        Set<Integer> years = em.createNamedQuery(CalendarYear.OF_JURISDICTION, CalendarYear.class)
                .setParameter("jurisdiction", jurisdiction)
                .getResultStream().map(CalendarYear::getYear).collect(Collectors.toSet());
        return new WorkingDayCalendar(holidays, workingWeekendDays, years);
    }
}
