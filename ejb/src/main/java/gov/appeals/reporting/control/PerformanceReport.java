package gov.appeals.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How bodies, subjects or regions do with the appeals received in a period: answered on time,
 * late, open past due; working days to answer (median and 90th percentile, on the holiday
 * calendar); redirections; repeats; what was supported; what the citizens who judged the answer
 * said; how often they asked for a reconsideration. Counts and rates only, from the day tally.
 */
@Stateless
public class PerformanceReport {

    public enum GroupBy {
        BODY(DayTally.Dimension.BODY), CATEGORY(DayTally.Dimension.CATEGORY), REGION(DayTally.Dimension.REGION);

        final DayTally.Dimension dimension;

        GroupBy(DayTally.Dimension dimension) {
            this.dimension = dimension;
        }
    }

    /**
     * One group's figures; {@code code} is null for appeals without one (no body yet, no region
     * given). Rates are percent with one decimal, null when there is nothing to rate by.
     */
    public record Row(String code, long appeals, long answeredOnTime, long answeredLate, long openOverdue,
            BigDecimal onTimeRate, Integer medianWorkingDaysToAnswer, Integer p90WorkingDaysToAnswer,
            BigDecimal redirectionsPerAppeal, BigDecimal repeatRate, BigDecimal resolutionRate, long verdictsGiven,
            BigDecimal satisfactionRate, BigDecimal reconsiderationRate) {
    }

    public record Performance(LocalDate from, LocalDate to, GroupBy groupBy, List<Row> rows, Row total) {
    }

    @Inject
    DayTally dayTally;

    /** The appeals received from {@code from} to {@code to} (both included). */
    public Performance of(LocalDate from, LocalDate to, GroupBy by, Instant now) {
        Map<String, DayTally.Figures> groups = dayTally.figures(from, to, by.dimension, now);
        DayTally.Figures total = new DayTally.Figures();
        groups.values().forEach(total::add);
        return new Performance(from, to, by,
                groups.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList(), row(null, total));
    }

    static Row row(String code, DayTally.Figures f) {
        return new Row(code, f.appeals, f.onTime, f.late, f.openOverdue, rate(f.onTime, f.onTime + f.late + f.openOverdue),
                f.percentile(50), f.percentile(90),
                f.appeals == 0 ? null : BigDecimal.valueOf(f.redirections).divide(BigDecimal.valueOf(f.appeals), 2, RoundingMode.HALF_UP),
                rate(f.repeats, f.appeals), rate(f.supported, f.answered), f.verdicts, rate(f.satisfied, f.verdicts),
                rate(f.reconsiderations, f.answered));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : SummaryReport.share(part, whole);
    }
}
