package gov.appeals.reporting.control;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.deadlines.control.WorkingDayCalendar;
import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.util.Set;
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

    private static final Set<String> OPEN = AppealStatus.OPEN.stream().map(Enum::name).collect(Collectors.toSet());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    @Inject
    DeadlineCalculator deadlines;

    /** The appeals received from {@code from} to {@code to} (both included), read once, in pieces. */
    public Performance of(LocalDate from, LocalDate to, GroupBy by, Instant now) {
        ZoneId zone = settings.zone();
        WorkingDayCalendar calendar = deadlines.terms().calendar();
        Map<Long, Integer> workingDays = new HashMap<>();
        Map<String, Tally> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Tally total = new Tally();
        Stream<Object[]> rows = OpenData.received(em.createNativeQuery("""
                        select %s, received_at, answered_at, due_at, status, redirection_count, is_repeat, answer_outcome,
                               verdict, reconsideration_requested
                        from appeal where received_at >= :from and received_at < :to""".formatted(by.column)), from, to, zone);
        try (rows) {
            rows.forEach(r -> {
                Instant received = OpenData.instant(r[1]);
                Instant answered = OpenData.instant(r[2]);
                Integer days = null;
                if (answered != null) {
                    LocalDate receivedOn = received.atZone(zone).toLocalDate();
                    LocalDate answeredOn = answered.atZone(zone).toLocalDate();
                    days = workingDays.computeIfAbsent(receivedOn.toEpochDay() * 1_000_000 + answeredOn.toEpochDay(),
                            k -> calendar.workingDaysBetween(receivedOn, answeredOn));
                }
                Appeal appeal = new Appeal(answered, OpenData.instant(r[3]), OPEN.contains((String) r[4]),
                        ((Number) r[5]).intValue(), Boolean.TRUE.equals(r[6]), "SUPPORTED".equals(r[7]), (String) r[8],
                        Boolean.TRUE.equals(r[9]), days);
                groups.computeIfAbsent((String) r[0], code -> new Tally()).add(appeal, now);
                total.add(appeal, now);
            });
        }
        return new Performance(from, to, by,
                groups.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList(), total.row(null));
    }

    /** What the report needs of one appeal. */
    record Appeal(Instant answeredAt, Instant dueAt, boolean open, int redirections, boolean repeat, boolean supported,
            String verdict, boolean reconsiderationRequested, Integer workingDaysToAnswer) {
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

        void add(Appeal a, Instant now) {
            appeals++;
            redirections += a.redirections();
            if (a.repeat()) {
                repeats++;
            }
            if (a.answeredAt() != null) {
                answered++;
                if (a.dueAt() == null || !a.answeredAt().isAfter(a.dueAt())) {
                    onTime++;
                } else {
                    late++;
                }
                if (a.supported()) {
                    supported++;
                }
                if (a.reconsiderationRequested()) {
                    reconsiderations++;
                }
                int days = a.workingDaysToAnswer();
                if (days >= daysToAnswer.length) {
                    daysToAnswer = Arrays.copyOf(daysToAnswer, Math.max(days + 1, daysToAnswer.length * 2));
                }
                daysToAnswer[days]++;
            } else if (a.open() && a.dueAt() != null && now.isAfter(a.dueAt())) {
                openOverdue++;
            }
            if (a.verdict() != null) {
                verdicts++;
                if ("SATISFIED".equals(a.verdict())) {
                    satisfied++;
                }
            }
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
            if (answered == 0) {
                return null;
            }
            long rank = (long) Math.ceil(p / 100.0 * answered);
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
