package gov.appeals.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One jurisdiction's working-day calendar for one year, as a whole: where its days come from (the
 * law, the decree) and whether it is still provisional, waiting for a transfer decree or for the
 * dates of the religious holidays. A year without one is counted Monday to Friday only, and an
 * appeal whose term runs into it says so in its history.
 */
@Entity
@Table(name = "calendar_year")
@IdClass(CalendarYear.Key.class)
@NamedQuery(name = CalendarYear.OF_JURISDICTION,
        query = "select c from CalendarYear c where c.jurisdiction = :jurisdiction order by c.year")
public class CalendarYear {

    public static final String OF_JURISDICTION = "CalendarYear.ofJurisdiction";

    @Id
    @Column(length = 2)
    private String jurisdiction;

    @Id
    @Column(name = "calendar_year")
    private int year;

    @Column(nullable = false, length = 1000)
    private String source;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected CalendarYear() {
    }

    public CalendarYear(String jurisdiction, int year) {
        this.jurisdiction = jurisdiction;
        this.year = year;
    }

    public void replaced(String source, boolean provisional, Instant at, String by) {
        this.source = source;
        this.provisional = provisional;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public static class Key implements Serializable {
        private String jurisdiction;
        private int year;

        public Key() {
        }

        public Key(String jurisdiction, int year) {
            this.jurisdiction = jurisdiction;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jurisdiction, k.jurisdiction) && year == k.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(jurisdiction, year);
        }
    }
}
