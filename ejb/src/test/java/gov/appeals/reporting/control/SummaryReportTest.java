package gov.appeals.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryReportTest {

    @Test
    void sharesAreComputedFromCountsAsTheDomainTableDoes() {
        // The 2021 written appeals of the Kyrgyz Presidential Administration, by subject (domain.md).
        assertEquals(new BigDecimal("31.4"), SummaryReport.share(4734, 15073));
        assertEquals(new BigDecimal("19.0"), SummaryReport.share(2862, 15073));
        assertEquals(new BigDecimal("17.2"), SummaryReport.share(2596, 15073));
        assertEquals(new BigDecimal("7.7"), SummaryReport.share(1156, 15073));
        assertEquals(new BigDecimal("7.6"), SummaryReport.share(1147, 15073));
        assertEquals(new BigDecimal("17.1"), SummaryReport.share(2578, 15073));
        assertEquals(BigDecimal.ZERO, SummaryReport.share(0, 0));
    }

    @Test
    void everyBreakdownAddsUpItsRowsLargestFirst() {
        // The tally's counts and what is pending on top of them, as the summary's statement returns them.
        List<Object[]> rows = List.of(
                new Object[] {"channel", "PHONE", 7L}, new Object[] {"channel", "RADIO", 2L}, new Object[] {"channel", "PHONE", 1L},
                new Object[] {"region", "CHUI", 8L}, new Object[] {"region", "", 2L},
                new Object[] {"status", "REGISTERED", 3L}, new Object[] {"status", "ASSIGNED", 5L},
                new Object[] {"status", "CLOSED", 2L},
                // a pending move from REGISTERED to ASSIGNED: all of REGISTERED gone
                new Object[] {"status", "REGISTERED", -3L}, new Object[] {"status", "ASSIGNED", 3L});
        SummaryReport.Summary summary = SummaryReport.summarise(2026, rows);

        assertEquals(10, summary.total());
        List<SummaryReport.Line> channels = summary.breakdowns().get("channel");
        assertEquals("PHONE", channels.get(0).code());
        assertEquals(8, channels.get(0).count());
        assertEquals(new BigDecimal("80.0"), channels.get(0).share());
        List<SummaryReport.Line> regions = summary.breakdowns().get("region");
        assertEquals(8, regions.get(0).count());
        assertEquals(null, regions.get(1).code(), "appeals without a region are counted, not dropped");
        assertEquals(2, regions.get(1).count());
        assertEquals(List.of("ASSIGNED", "CLOSED"), summary.breakdowns().get("status").stream().map(SummaryReport.Line::code).toList(),
                "a code down to nought is not shown");
        assertEquals(8, summary.breakdowns().get("status").get(0).count());
        assertEquals(List.of("channel", "kind", "category", "region", "body", "status"),
                List.copyOf(summary.breakdowns().keySet()));
        assertEquals(List.of(), summary.breakdowns().get("kind"));
    }
}
