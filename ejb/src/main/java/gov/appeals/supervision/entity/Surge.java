package gov.appeals.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One subject in one region far above its usual day: raised once when the last day's appeals pass
 * both thresholds, and cleared when they fall back. Counts only.
 */
@Entity
@Table(name = "surge")
@NamedQuery(name = Surge.OPEN, query = "select s from Surge s where s.clearedAt is null")
public class Surge {

    public static final String OPEN = "Surge.open";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "surge_seq")
    @SequenceGenerator(name = "surge_seq", sequenceName = "surge_seq", allocationSize = 50)
    private Long id;

    @Column(name = "category_code", nullable = false, length = 40)
    private String category;

    @Column(name = "region_code", nullable = false, length = 40)
    private String region;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** The last day's appeals when it was raised. */
    @Column(nullable = false)
    private int appeals;

    /** The usual day's appeals then: the mean of the same day of the earlier weeks. */
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal baseline;

    /** The most appeals in a day seen while it lasted. */
    @Column(nullable = false)
    private int peak;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected Surge() {
    }

    public static Surge raised(String category, String region, Instant at, int appeals, double baseline) {
        Surge s = new Surge();
        s.category = category;
        s.region = region;
        s.raisedAt = at;
        s.appeals = appeals;
        s.peak = appeals;
        s.baseline = BigDecimal.valueOf(baseline).setScale(2, RoundingMode.HALF_UP);
        return s;
    }

    public void seen(int dayAppeals) {
        peak = Math.max(peak, dayAppeals);
    }

    public void cleared(Instant at) {
        clearedAt = at;
    }

    public boolean isOf(String categoryCode, String regionCode) {
        return category.equals(categoryCode) && region.equals(regionCode);
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public String getRegion() {
        return region;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public int getAppeals() {
        return appeals;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public int getPeak() {
        return peak;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }
}
