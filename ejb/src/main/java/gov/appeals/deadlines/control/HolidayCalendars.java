package gov.appeals.deadlines.control;

import gov.appeals.deadlines.entity.Holiday;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working-day calendars per jurisdiction, read from the holiday table once and kept in memory;
 * {@link #reload()} picks up an edited table without a restart.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HolidayCalendars {

    @PersistenceContext
    EntityManager em;

    private final Map<String, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

    public WorkingDayCalendar of(String jurisdiction) {
        return calendars.computeIfAbsent(jurisdiction, this::load);
    }

    public void reload() {
        calendars.clear();
    }

    private WorkingDayCalendar load(String jurisdiction) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingWeekendDays = new HashSet<>();
        for (Holiday h : em.createQuery("select h from Holiday h where h.jurisdiction = :j", Holiday.class)
                .setParameter("j", jurisdiction)
                .getResultList()) {
            (h.isWorkingDay() ? workingWeekendDays : holidays).add(h.getDay());
        }
        return new WorkingDayCalendar(holidays, workingWeekendDays);
    }
}
