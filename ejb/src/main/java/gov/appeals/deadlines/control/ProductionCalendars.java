package gov.appeals.deadlines.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.deadlines.entity.CalendarChange;
import gov.appeals.deadlines.entity.CalendarYear;
import gov.appeals.deadlines.entity.Holiday;
import gov.appeals.platform.AppealsSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The production calendars (working-day calendars) as an administrator keeps them: a year of one
 * jurisdiction read and replaced as a whole, with the decree it follows. Deadlines counted after a
 * replacement use it; appeals already open keep their due dates, and the replacement reports the
 * open appeals whose due date the new calendar would have made different.
 */
@Stateless
public class ProductionCalendars {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** One day that breaks the Monday-to-Friday rule. */
    public record Day(LocalDate date, String name, boolean workingDay) {
    }

    public record Calendar(String jurisdiction, int year, String source, boolean provisional, Instant updatedAt,
            String updatedBy, List<Day> days) {
    }

    /** An open appeal whose due date the replaced calendar would have set otherwise. */
    public record DueDateDifference(String registrationNumber, Instant dueAt, Instant dueUnderNewCalendar) {
    }

    public record Replaced(Calendar calendar, List<DueDateDifference> openAppealsWithAnotherDueDate) {
    }

    /** Announced when a calendar was replaced, so that the cached calendars are read again once it has committed. */
    public record CalendarReplaced(String jurisdiction, int year) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HolidayCalendars calendars;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    AppealsSettings settings;

    @Inject
    TermSettings termSettings;

    @Inject
    Appeals appeals;

    @Inject
    Event<CalendarReplaced> replacedEvents;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The jurisdiction whose terms the office counts, and the years it has a calendar for, without their days. */
    public record Years(String jurisdiction, List<Calendar> years) {
    }

    public Years years() {
        String jurisdiction = termSettings.jurisdictionPreset().name();
        List<Calendar> years = em.createQuery("select c from CalendarYear c where c.jurisdiction = :jurisdiction order by c.year",
                        CalendarYear.class)
                .setParameter("jurisdiction", jurisdiction).getResultStream()
                .map(c -> view(c, List.of())).toList();
        return new Years(jurisdiction, years);
    }

    public Optional<Calendar> find(String jurisdiction, int year) {
        CalendarYear calendarYear = em.find(CalendarYear.class, new CalendarYear.Key(jurisdiction, year));
        return Optional.ofNullable(calendarYear).map(c -> view(c, days(jurisdiction, year)));
    }

    /** Replaces the year's days as a whole; the days are checked by the caller (one year, no date twice). */
    public Replaced replace(String jurisdiction, int year, String source, boolean provisional, List<Day> days, String by) {
        CaseTerms before = deadlines.terms();
        CalendarYear calendarYear = em.find(CalendarYear.class, new CalendarYear.Key(jurisdiction, year),
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        String daysBefore = calendarYear == null ? null : JSONB.toJson(days(jurisdiction, year));
        if (calendarYear == null) {
            calendarYear = new CalendarYear(jurisdiction, year);
            calendarYear.replaced(source, provisional, now, by);
            em.persist(calendarYear);
        } else {
            calendarYear.replaced(source, provisional, now, by);
        }
        for (Holiday old : holidays(jurisdiction, year)) {
            em.remove(old);
        }
        em.flush();
        for (Day day : days) {
            em.persist(new Holiday(jurisdiction, day.date(), day.name(), day.workingDay()));
        }
        em.persist(new CalendarChange(jurisdiction, year, now, by, source, daysBefore, JSONB.toJson(days)));
        em.flush();
        List<DueDateDifference> differences = jurisdiction.equals(termSettings.jurisdictionPreset().name())
                ? differences(before, deadlines.termsWith(calendars.read(jurisdiction)), year)
                : List.of();
        replacedEvents.fire(new CalendarReplaced(jurisdiction, year));
        return new Replaced(view(calendarYear, days), differences);
    }

    /**
     * What {@link #replace} would answer, without replacing anything: the same writes in a
     * transaction rolled back, so the report is counted exactly as a replacement counts it.
     */
    public Replaced preview(String jurisdiction, int year, String source, boolean provisional, List<Day> days, String by) {
        Replaced replaced = replace(jurisdiction, year, source, provisional, days, by);
        context.setRollbackOnly();
        return replaced;
    }

    /**
     * What readiness should warn about for the configured jurisdiction on {@code today}: this
     * year without a calendar; from 1 November, next year without one, or only a provisional one.
     */
    public List<String> warnings(LocalDate today) {
        String jurisdiction = termSettings.jurisdictionPreset().name();
        List<String> warnings = new ArrayList<>();
        if (em.find(CalendarYear.class, new CalendarYear.Key(jurisdiction, today.getYear())) == null) {
            warnings.add("No " + jurisdiction + " holiday calendar for " + today.getYear()
                    + ": deadlines count every Monday to Friday as a working day");
        }
        if (today.getMonthValue() >= 11) {
            int next = today.getYear() + 1;
            CalendarYear nextYear = em.find(CalendarYear.class, new CalendarYear.Key(jurisdiction, next));
            if (nextYear == null) {
                warnings.add("No " + jurisdiction + " holiday calendar for " + next + " yet: terms running into it"
                        + " count every Monday to Friday as a working day (PUT /api/v1/admin/calendars/" + jurisdiction
                        + "/" + next + ")");
            } else if (nextYear.isProvisional()) {
                warnings.add("The " + jurisdiction + " holiday calendar for " + next + " is provisional: "
                        + nextYear.getSource());
            }
        }
        return warnings;
    }

    private List<DueDateDifference> differences(CaseTerms before, CaseTerms after, int year) {
        Instant firstDay = LocalDate.of(year, 1, 1).atStartOfDay(settings.zone()).toInstant();
        Instant afterLastDay = LocalDate.of(year + 1, 1, 1).atStartOfDay(settings.zone()).toInstant();
        List<DueDateDifference> differences = new ArrayList<>();
        for (Appeals.OpenTerm open : appeals.openTermsRunningInto(firstDay, afterLastDay)) {
            long shift = ChronoUnit.DAYS.between(
                    before.answerDue(open.receivedAt(), open.registeredAt()).atZone(settings.zone()),
                    after.answerDue(open.receivedAt(), open.registeredAt()).atZone(settings.zone()));
            if (shift != 0) {
                // An extension moved the due date by calendar days: the new calendar moves it by the same shift.
                ZonedDateTime moved = open.dueAt().atZone(settings.zone()).plusDays(shift);
                differences.add(new DueDateDifference(open.registrationNumber(), open.dueAt(), moved.toInstant()));
            }
        }
        return differences;
    }

    private List<Holiday> holidays(String jurisdiction, int year) {
        return em.createNamedQuery(Holiday.OF_YEAR, Holiday.class)
                .setParameter("jurisdiction", jurisdiction)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    private List<Day> days(String jurisdiction, int year) {
        return holidays(jurisdiction, year).stream().map(h -> new Day(h.getDay(), h.getName(), h.isWorkingDay())).toList();
    }

    private static Calendar view(CalendarYear c, List<Day> days) {
        return new Calendar(c.getJurisdiction(), c.getYear(), c.getSource(), c.isProvisional(), c.getUpdatedAt(),
                c.getUpdatedBy(), days);
    }
}
