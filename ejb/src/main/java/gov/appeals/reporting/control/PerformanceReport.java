package gov.appeals.reporting.control;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.deadlines.control.WorkingDayCalendar;
import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How bodies, subjects or regions do with the appeals received in a period: answered on time,
 * late, open past due; working days to answer (median and 90th percentile, on the holiday
 * calendar); redirections; repeats; what was supported; what the citizens who judged the answer
 * said; how often they asked for a reconsideration. Counts and rates only.
 */
@Stateless
public class PerformanceReport {

    public enum GroupBy {
        BODY("body_code"), CATEGORY("category_code"), REGION("region_code");

        final String column;

        GroupBy(String column) {
            this.column = column;
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


    /** The statuses of an appeal still owed an answer, as SQL: 'REGISTERED', 'ASSIGNED'. */
    private static final String OPEN = AppealStatus.OPEN.stream().map(st -> "'" + st.name() + "'").sorted()
            .collect(Collectors.joining(", "));

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    @Inject
    DeadlineCalculator deadlines;

    /**
     * The appeals received from {@code from} to {@code to} (both included): the counts in one
     * grouped query; the working days to answer from the answered appeals' two dates, read in pieces
     * (the database does not know the holiday calendar).
     */
    public Performance of(LocalDate from, LocalDate to, GroupBy by, Instant now) {
        ZoneId zone = settings.zone();
        Map<String, Tally> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Tally total = new Tally();
        Query counts = em.createNativeQuery("""
                select %s, count(*),
                       sum(case when answered_at is not null and (due_at is null or answered_at <= due_at) then 1 else 0 end),
                       sum(case when answered_at is not null and answered_at > due_at then 1 else 0 end),
                       sum(case when answered_at is null and status in (%2$s) and due_at < :now then 1 else 0 end),
                       count(answered_at), sum(redirection_count), sum(case when is_repeat then 1 else 0 end),
                       sum(case when answered_at is not null and answer_outcome = 'SUPPORTED' then 1 else 0 end),
                       count(verdict), sum(case when verdict = 'SATISFIED' then 1 else 0 end),
                       sum(case when answered_at is not null and reconsideration_requested then 1 else 0 end)
                from appeal where received_at >= :from and received_at < :to group by %1$s""".formatted(by.column, OPEN))
                .setParameter("now", now);
        try (Stream<Object[]> rows = OpenData.received(counts, from, to, zone)) {
            rows.forEach(r -> {
                long[] sums = new long[r.length - 1];
                for (int i = 1; i < r.length; i++) {
                    sums[i - 1] = r[i] == null ? 0 : ((Number) r[i]).longValue();
                }
                groups.computeIfAbsent((String) r[0], code -> new Tally()).counted(sums);
                total.counted(sums);
            });
        }
        WorkingDayCalendar calendar = deadlines.terms().calendar();
        Map<Long, Integer> workingDays = new HashMap<>();
        Query answered = em.createNativeQuery("select %s, received_at, answered_at from appeal"
                .formatted(by.column) + " where received_at >= :from and received_at < :to and answered_at is not null");
        try (Stream<Object[]> rows = OpenData.received(answered, from, to, zone)) {
            rows.forEach(r -> {
                LocalDate receivedOn = OpenData.instant(r[1]).atZone(zone).toLocalDate();
                LocalDate answeredOn = OpenData.instant(r[2]).atZone(zone).toLocalDate();
                int days = workingDays.computeIfAbsent(receivedOn.toEpochDay() * 1_000_000 + answeredOn.toEpochDay(),
                        k -> calendar.workingDaysBetween(receivedOn, answeredOn));
                groups.computeIfAbsent((String) r[0], code -> new Tally()).answeredIn(days);
                total.answeredIn(days);
            });
        }
        return new Performance(from, to, by,
                groups.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList(), total.row(null));
    }

    /** One group's counts, and how many answers took each number of working days. */
    static final class Tally {
        long appeals;
        long onTime;
        long late;
        long openOverdue;
        long answered;
        long redirections;
        long repeats;
        long supported;
        long verdicts;
        long satisfied;
        long reconsiderations;
        int[] daysToAnswer = new int[64];

        /** The group's counts, in the order the grouped query gives them. */
        void counted(long[] sums) {
            appeals += sums[0];
            onTime += sums[1];
            late += sums[2];
            openOverdue += sums[3];
            answered += sums[4];
            redirections += sums[5];
            repeats += sums[6];
            supported += sums[7];
            verdicts += sums[8];
            satisfied += sums[9];
            reconsiderations += sums[10];
        }

        void answeredIn(int workingDays) {
            if (workingDays >= daysToAnswer.length) {
                daysToAnswer = Arrays.copyOf(daysToAnswer, Math.max(workingDays + 1, daysToAnswer.length * 2));
            }
            daysToAnswer[workingDays]++;
        }

        /** How many answers the histogram holds: the percentiles are of these. */
        private long answers() {
            long n = 0;
            for (int count : daysToAnswer) {
                n += count;
            }
            return n;
        }

        Row row(String code) {
            return new Row(code, appeals, onTime, late, openOverdue, rate(onTime, onTime + late + openOverdue),
                    percentile(50), percentile(90),
                    appeals == 0 ? null : BigDecimal.valueOf(redirections).divide(BigDecimal.valueOf(appeals), 2, RoundingMode.HALF_UP),
                    rate(repeats, appeals), rate(supported, answered), verdicts, rate(satisfied, verdicts),
                    rate(reconsiderations, answered));
        }

        /** The nearest-rank percentile of the working days to answer; null without an answer. */
        Integer percentile(int p) {
            long answers = answers();
            if (answers == 0) {
                return null;
            }
            long rank = (long) Math.ceil(p / 100.0 * answers);
            long seen = 0;
            for (int days = 0; days < daysToAnswer.length; days++) {
                seen += daysToAnswer[days];
                if (seen >= rank) {
                    return days;
                }
            }
            return daysToAnswer.length - 1;
        }

        private static BigDecimal rate(long part, long whole) {
            return whole == 0 ? null : SummaryReport.share(part, whole);
        }
    }
}
