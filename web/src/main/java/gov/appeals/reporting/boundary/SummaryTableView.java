package gov.appeals.reporting.boundary;

import gov.appeals.reference.boundary.CodeName;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reference.entity.CodedEntry;
import gov.appeals.reporting.control.SummaryTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary table as it is answered: each row names its cell by dimension ({@code {code, name}};
 * channel, kind and status are codes, so their name is the code), with its count and share.
 */
public record SummaryTableView(LocalDate from, LocalDate to, List<String> groupBy, Map<String, String> filters, long total,
        List<Map<String, Object>> rows) {

    static SummaryTableView of(SummaryTable.Table table, ReferenceCatalog reference, Locale locale) {
        Map<SummaryTable.Dimension, Map<String, CodedEntry>> names = Map.of(
                SummaryTable.Dimension.CATEGORY, byCode(reference.categories()),
                SummaryTable.Dimension.REGION, byCode(reference.regions()),
                SummaryTable.Dimension.BODY, byCode(reference.bodies()));
        List<String> dimensions = table.groupBy().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SummaryTable.Row row : table.rows()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                cells.put(dimensions.get(i), name(table.groupBy().get(i), row.codes().get(i), names, locale));
            }
            cells.put("count", row.count());
            cells.put("share", row.share());
            rows.add(cells);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        table.filters().forEach((d, code) -> filters.put(d.name().toLowerCase(Locale.ROOT), code));
        return new SummaryTableView(table.from(), table.to(), dimensions, filters, table.total(), rows);
    }

    /** A code with its name in the reader's language; null for "none" (no region given, no body yet). */
    private static CodeName name(SummaryTable.Dimension dimension, String code,
            Map<SummaryTable.Dimension, Map<String, CodedEntry>> names, Locale locale) {
        if (code == null) {
            return null;
        }
        CodedEntry entry = names.getOrDefault(dimension, Map.of()).get(code);
        return entry == null ? new CodeName(code, code) : CodeName.of(entry, locale);
    }

    private static Map<String, CodedEntry> byCode(List<? extends CodedEntry> entries) {
        return entries.stream().collect(Collectors.toMap(CodedEntry::getCode, Function.identity()));
    }

    /** The CSV columns: each dimension's code and name, then count and share. */
    String[] csvHeader() {
        List<String> header = new ArrayList<>();
        groupBy.forEach(d -> {
            header.add(d);
            header.add(d + "Name");
        });
        header.add("count");
        header.add("share");
        return header.toArray(String[]::new);
    }

    List<List<Object>> csvRecords() {
        List<List<Object>> records = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> record = new ArrayList<>();
            for (String d : groupBy) {
                CodeName cell = (CodeName) row.get(d);
                record.add(cell == null ? "" : cell.code());
                record.add(cell == null ? "" : cell.name());
            }
            record.add(row.get("count"));
            record.add(((BigDecimal) row.get("share")).toPlainString());
            records.add(record);
        }
        return records;
    }
}
