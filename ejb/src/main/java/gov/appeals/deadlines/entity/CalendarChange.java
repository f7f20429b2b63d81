package gov.appeals.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year's calendar replaced by an administrator: who, when, on what authority, and the days before and after. */
@Entity
@Table(name = "calendar_change")
public class CalendarChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_change_seq")
    @SequenceGenerator(name = "calendar_change_seq", sequenceName = "calendar_change_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 2)
    private String jurisdiction;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(nullable = false, length = 1000)
    private String source;

    /** The days as they were (JSON), or null when the year had no calendar. */
    @Column(name = "days_before", length = 100000)
    private String daysBefore;

    @Column(name = "days_after", nullable = false, length = 100000)
    private String daysAfter;

    protected CalendarChange() {
    }

    public CalendarChange(String jurisdiction, int year, Instant changedAt, String changedBy, String source,
            String daysBefore, String daysAfter) {
        this.jurisdiction = jurisdiction;
        this.year = year;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.source = source;
        this.daysBefore = daysBefore;
        this.daysAfter = daysAfter;
    }
}
