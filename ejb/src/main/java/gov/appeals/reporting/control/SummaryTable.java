package gov.appeals.reporting.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The appeals received in a period, counted by one dimension or two (a two-way table), among
 * those matching the filters: each row's count and its share of the filtered total, in percent
 * with one decimal, computed from the counts. Codes only: nothing personal, no text.
 */
@Stateless
public class SummaryTable {

    public enum Dimension {
        CHANNEL("channel"), CATEGORY("category_code"), REGION("region_code"), BODY("body_code"), KIND("kind"),
        STATUS("status");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** The codes of one cell, in the order of {@code groupBy} (null for none: no region given, no body yet). */
    public record Row(List<String> codes, long count, BigDecimal share) {
    }

    public record Table(LocalDate from, LocalDate to, List<Dimension> groupBy, Map<Dimension, String> filters, long total,
            List<Row> rows) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    /** @param groupBy one or two different dimensions */
    public Table of(LocalDate from, LocalDate to, List<Dimension> groupBy, Map<Dimension, String> filters) {
        if (groupBy.isEmpty() || groupBy.size() > 2 || groupBy.stream().distinct().count() != groupBy.size()) {
            throw new IllegalArgumentException("One or two different dimensions, not " + groupBy);
        }
        ZoneId zone = settings.zone();
        String columns = groupBy.stream().map(d -> d.column).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("select " + columns + ", count(*) from appeal"
                + " where received_at >= :from and received_at < :to");
        filters.keySet().forEach(d -> sql.append(" and ").append(d.column).append(" = :").append(d.name().toLowerCase()));
        sql.append(" group by ").append(columns);
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        filters.forEach((d, code) -> query.setParameter(d.name().toLowerCase(), code));
        List<Object[]> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            counts.add(row instanceof Object[] columnsOfRow ? columnsOfRow : new Object[] {row});
        }
        return table(from, to, groupBy, filters, counts);
    }

    /** Rows from (codes…, count), the largest first; shares of their sum. */
    static Table table(LocalDate from, LocalDate to, List<Dimension> groupBy, Map<Dimension, String> filters,
            List<Object[]> counts) {
        int n = groupBy.size();
        long total = counts.stream().mapToLong(r -> ((Number) r[n]).longValue()).sum();
        List<Row> rows = counts.stream()
                .map(r -> new Row(Arrays.stream(r, 0, n).map(c -> (String) c).toList(), ((Number) r[n]).longValue(),
                        SummaryReport.share(((Number) r[n]).longValue(), total)))
                .sorted(Comparator.comparingLong(Row::count).reversed()
                        .thenComparing(r -> String.join("\u0000", r.codes().stream().map(c -> c == null ? "\uffff" : c).toList())))
                .toList();
        return new Table(from, to, groupBy, filters, total, rows);
    }
}
