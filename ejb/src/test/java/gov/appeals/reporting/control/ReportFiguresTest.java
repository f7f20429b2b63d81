package gov.appeals.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.appeals.reporting.control.SummaryTable.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

    @Test
    void aTwoWayTableHasSharesOfItsTotalLargestFirst() {
        SummaryTable.Table table = SummaryTable.table(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(Dimension.CHANNEL, Dimension.REGION), Map.of(), List.of(
                        new Object[] {"PHONE", "BISHKEK", 4734L},
                        new Object[] {"WRITTEN", null, 2862L},
                        new Object[] {"PHONE", "OSH", 7477L}));
        assertEquals(15073, table.total());
        assertEquals(List.of("PHONE", "OSH"), table.rows().get(0).codes());
        assertEquals(new BigDecimal("31.4"), table.rows().get(1).share(), "4734 of 15073, from the counts");
        assertEquals(Arrays.asList("WRITTEN", null), table.rows().get(2).codes(), "no region given: none");
        assertEquals(new BigDecimal("19.0"), table.rows().get(2).share());
    }

    @Test
    void performanceRatesComeFromTheCountsAndPercentilesFromTheWorkingDays() {
        DayTally.Figures health = new DayTally.Figures();
        // appeals, answered, on time, late, redirections, repeats, supported, verdicts, satisfied, reconsiderations
        health.counted(new long[] {7, 6, 5, 1, 3, 1, 2, 3, 2, 1});
        health.overdue(1);
        DayTally.Figures nextDay = new DayTally.Figures();
        nextDay.counted(new long[] {5, 4, 3, 1, 2, 0, 2, 2, 1, 0});
        for (int days : new int[] {2, 5, 5, 7, 9}) {
            health.answeredIn(days, 1);
        }
        for (int days : new int[] {10, 12, 14, 15, 30}) {
            nextDay.answeredIn(days, 1);
        }
        health.add(nextDay);
        PerformanceReport.Row row = PerformanceReport.row("MIN_HEALTH", health);
        assertEquals(12, row.appeals());
        assertEquals(8, row.answeredOnTime());
        assertEquals(2, row.answeredLate());
        assertEquals(1, row.openOverdue());
        assertEquals(new BigDecimal("72.7"), row.onTimeRate(), "8 of the 11 whose term came");
        assertEquals(9, row.medianWorkingDaysToAnswer(), "the 5th of 10");
        assertEquals(15, row.p90WorkingDaysToAnswer(), "the 9th of 10");
        assertEquals(new BigDecimal("0.42"), row.redirectionsPerAppeal());
        assertEquals(new BigDecimal("8.3"), row.repeatRate());
        assertEquals(new BigDecimal("40.0"), row.resolutionRate(), "4 supported of 10 answered");
        assertEquals(5, row.verdictsGiven());
        assertEquals(new BigDecimal("60.0"), row.satisfactionRate());
        assertEquals(new BigDecimal("10.0"), row.reconsiderationRate());
        PerformanceReport.Row empty = PerformanceReport.row(null, new DayTally.Figures());
        assertNull(empty.medianWorkingDaysToAnswer());
        assertNull(empty.onTimeRate());
    }
}
