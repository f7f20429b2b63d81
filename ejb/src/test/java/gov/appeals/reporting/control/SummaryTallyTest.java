package gov.appeals.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.appeals.reporting.control.SummaryTally.Key;
import gov.appeals.reporting.control.SummaryTally.Pending;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTallyTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final Instant MAY = Instant.parse("2026-05-12T04:00:00Z");

    @Test
    void anAppealNotCountedYetAddsOneToEachOfItsCodesNoneIncluded() {
        Map<Key, Long> shifts = SummaryTally.shifts(List.of(
                new Pending(MAY, "PHONE", "COMPLAINT", "SOCIAL", null, null, "REGISTERED", null, null)), BISHKEK);

        assertEquals(Map.of(
                new Key(2026, "channel", "PHONE"), 1L, new Key(2026, "kind", "COMPLAINT"), 1L,
                new Key(2026, "category", "SOCIAL"), 1L, new Key(2026, "region", ""), 1L,
                new Key(2026, "body", ""), 1L, new Key(2026, "status", "REGISTERED"), 1L), shifts);
    }

    @Test
    void aCountedAppealMovesFromItsCountedStatusAndBodyOnly() {
        Map<Key, Long> shifts = SummaryTally.shifts(List.of(
                new Pending(MAY, "PHONE", "COMPLAINT", "SOCIAL", "CHUI", "MIN_LABOUR_SOCIAL", "ASSIGNED", "REGISTERED", null),
                // changed and changed back (an extension, say): nothing moves
                new Pending(MAY, "RADIO", "PROPOSAL", "OTHER", "OSH", "MIN_ECONOMY", "ASSIGNED", "ASSIGNED", "MIN_ECONOMY")),
                BISHKEK);

        assertEquals(Map.of(
                new Key(2026, "status", "REGISTERED"), -1L, new Key(2026, "status", "ASSIGNED"), 1L,
                new Key(2026, "body", ""), -1L, new Key(2026, "body", "MIN_LABOUR_SOCIAL"), 1L), shifts);
    }

    @Test
    void theYearIsTheYearOfRegistrationInTheOfficesZone() {
        // 31 December 2025, 20:00 UTC is already 1 January 2026 in Bishkek (UTC+6).
        Map<Key, Long> shifts = SummaryTally.shifts(List.of(new Pending(Instant.parse("2025-12-31T20:00:00Z"),
                "PHONE", "COMPLAINT", "SOCIAL", "CHUI", null, "REGISTERED", null, null)), BISHKEK);

        assertEquals(1L, shifts.get(new Key(2026, "channel", "PHONE")));
        assertEquals(6, shifts.size());
    }

    @Test
    void movesThatCancelOutLeaveNoCount() {
        Map<Key, Long> shifts = SummaryTally.shifts(List.of(
                new Pending(MAY, "PHONE", "COMPLAINT", "SOCIAL", "CHUI", "A", "ASSIGNED", "REGISTERED", "A"),
                new Pending(MAY, "PHONE", "COMPLAINT", "SOCIAL", "CHUI", "A", "REGISTERED", "ASSIGNED", "A")), BISHKEK);

        assertEquals(Map.of(), shifts);
    }
}
