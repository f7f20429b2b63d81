package gov.appeals.reporting.boundary;

import gov.appeals.reference.boundary.CodeName;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reference.entity.CodedEntry;
import gov.appeals.reporting.control.PerformanceReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The performance report as it is answered: a row per body, subject or region, and the total. */
public record PerformanceView(LocalDate from, LocalDate to, String groupBy, List<RowView> rows, RowView total) {

    /**
     * {@code group} is null for appeals without one (no body yet, no region given) and in the total.
     * Rates are percent with one decimal; working days on the jurisdiction's holiday calendar.
     */
    public record RowView(CodeName group, long appeals, long answeredOnTime, long answeredLate, long openOverdue,
            BigDecimal onTimeRate, Integer medianWorkingDaysToAnswer, Integer p90WorkingDaysToAnswer,
            BigDecimal redirectionsPerAppeal, BigDecimal repeatRate, BigDecimal resolutionRate, long verdictsGiven,
            BigDecimal satisfactionRate, BigDecimal reconsiderationRate) {
    }

    static PerformanceView of(PerformanceReport.Performance p, ReferenceCatalog reference, Locale locale) {
        List<? extends CodedEntry> entries = switch (p.groupBy()) {
            case BODY -> reference.bodies();
            case CATEGORY -> reference.categories();
            case REGION -> reference.regions();
        };
        Map<String, CodedEntry> names = entries.stream()
                .collect(Collectors.toMap(CodedEntry::getCode, e -> (CodedEntry) e));
        return new PerformanceView(p.from(), p.to(), p.groupBy().name().toLowerCase(Locale.ROOT),
                p.rows().stream().map(r -> row(r, r.code() == null ? null : CodeName.of(names.get(r.code()), locale))).toList(),
                row(p.total(), null));
    }

    private static RowView row(PerformanceReport.Row r, CodeName group) {
        return new RowView(group, r.appeals(), r.answeredOnTime(), r.answeredLate(), r.openOverdue(), r.onTimeRate(),
                r.medianWorkingDaysToAnswer(), r.p90WorkingDaysToAnswer(), r.redirectionsPerAppeal(), r.repeatRate(),
                r.resolutionRate(), r.verdictsGiven(), r.satisfactionRate(), r.reconsiderationRate());
    }
}
