package gov.appeals.reporting.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's statistics of registered appeals by channel, kind, subject, region, body and status:
 * counts, with shares computed from the counts. No personal data and no text, so the figures can
 * be published as they are.
 */
@Stateless
public class SummaryReport {

    /** One line of a breakdown: a code (null for "none", e.g. no region given), its count and share in percent. */
    public record Line(String code, long count, BigDecimal share) {
    }

    public record Summary(int year, long total, Map<String, List<Line>> breakdowns) {
    }

    static final List<String> DIMENSIONS = List.of("channel", "kind", "category", "region", "body", "status");

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    public Summary of(int year) {
        ZoneId zone = settings.zone();
        // The tally (SummaryTally) plus what it has not counted yet: appeals pending, each adding
        // its codes as they are now and taking away what the tally counts it as. One statement, so
        // that a batch of the tally committing meanwhile is seen either wholly or not at all.
        String pending = "from appeal where tally_pending = true and registered_at >= :from and registered_at < :to";
        String counted = pending + " and tallied_status is not null";
        String uncounted = pending + " and tallied_status is null";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select dimension, code, appeals from appeal_tally where tally_year = :year
                        union all select 'channel', channel, count(*) %3$s group by channel
                        union all select 'kind', kind, count(*) %3$s group by kind
                        union all select 'category', category_code, count(*) %3$s group by category_code
                        union all select 'region', coalesce(region_code, ''), count(*) %3$s group by region_code
                        union all select 'body', coalesce(body_code, ''), count(*) %1$s group by body_code
                        union all select 'body', coalesce(tallied_body_code, ''), -count(*) %2$s group by tallied_body_code
                        union all select 'status', status, count(*) %1$s group by status
                        union all select 'status', tallied_status, -count(*) %2$s group by tallied_status"""
                        .formatted(pending, counted, uncounted))
                .setParameter("year", year)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())
                .getResultList();
        return summarise(year, rows);
    }

    /** The breakdowns from counts by (dimension, code, appeals); several rows of one code add up, none is shown at 0. */
    static Summary summarise(int year, List<Object[]> rows) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> counts.put(d, new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()))));
        for (Object[] row : rows) {
            String code = (String) row[1];
            counts.get((String) row[0]).merge(SummaryTally.NONE.equals(code) ? null : code,
                    ((Number) row[2]).longValue(), Long::sum);
        }
        counts.values().forEach(byCode -> byCode.values().removeIf(n -> n == 0));
        // Every appeal has exactly one channel.
        long total = counts.get("channel").values().stream().mapToLong(Long::longValue).sum();
        Map<String, List<Line>> breakdowns = new LinkedHashMap<>();
        counts.forEach((dimension, byCode) -> breakdowns.put(dimension, byCode.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Line(e.getKey(), e.getValue(), share(e.getValue(), total)))
                .toList()));
        return new Summary(year, total, breakdowns);
    }

    /** Percent of the total, to one decimal, half up: 4734 of 15073 is 31.4. */
    static BigDecimal share(long count, long total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
