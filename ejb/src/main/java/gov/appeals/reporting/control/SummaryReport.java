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
import java.util.ArrayList;
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
        // One pass over the year, grouped by every dimension at once; the breakdowns are sums of it.
        // The codes are the appeal's own foreign keys (no joins), all in the index appeal_summary,
        // so the pass reads that index only.
        List<Object[]> rows = em.createQuery("""
                        select cast(a.channel as string), cast(a.kind as string), a.category.code, a.region.code,
                               a.body.code, cast(a.status as string), count(a)
                        from Appeal a
                        where a.registeredAt >= :from and a.registeredAt < :to
                        group by a.channel, a.kind, a.category.code, a.region.code, a.body.code, a.status""", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())
                .getResultList();
        return summarise(year, rows);
    }

    static Summary summarise(int year, List<Object[]> rows) {
        List<Map<String, Long>> counts = new ArrayList<>();
        DIMENSIONS.forEach(d -> counts.add(new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()))));
        long total = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[DIMENSIONS.size()]).longValue();
            total += n;
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                counts.get(d).merge((String) row[d], n, Long::sum);
            }
        }
        Map<String, List<Line>> breakdowns = new LinkedHashMap<>();
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            long all = total;
            breakdowns.put(DIMENSIONS.get(d), counts.get(d).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> new Line(e.getKey(), e.getValue(), share(e.getValue(), all)))
                    .toList());
        }
        return new Summary(year, total, breakdowns);
    }

    /** Percent of the total, to one decimal, half up: 4734 of 15073 is 31.4. */
    static BigDecimal share(long count, long total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
