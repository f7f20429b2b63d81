package gov.appeals.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that breaks the Monday-to-Friday rule in one jurisdiction: a public holiday (or a day off
 * moved onto a weekday), or, with {@code workingDay}, a Saturday or Sunday made a working day by
 * a transfer. Kept as data because governments publish these each year.
 */
@Entity
@Table(name = "holiday")
@IdClass(Holiday.Key.class)
@NamedQuery(name = Holiday.OF_JURISDICTION, query = "select h from Holiday h where h.jurisdiction = :jurisdiction")
@NamedQuery(name = Holiday.OF_YEAR, query = "select h from Holiday h where h.jurisdiction = :jurisdiction"
        + " and h.day between :first and :last order by h.day")
public class Holiday {

    public static final String OF_JURISDICTION = "Holiday.ofJurisdiction";
    public static final String OF_YEAR = "Holiday.ofYear";

    @Id
    @Column(length = 2)
    private String jurisdiction;

    @Id
    @Column(name = "holiday_date")
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "working_day", nullable = false)
    private boolean workingDay;

    protected Holiday() {
    }

    public Holiday(String jurisdiction, LocalDate day, String name, boolean workingDay) {
        this.jurisdiction = jurisdiction;
        this.day = day;
        this.name = name;
        this.workingDay = workingDay;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public boolean isWorkingDay() {
        return workingDay;
    }

    public static class Key implements Serializable {
        private String jurisdiction;
        private LocalDate day;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jurisdiction, k.jurisdiction) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jurisdiction, day);
        }
    }
}
