package gov.appeals.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.routing.entity.Official;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AssignmentServiceTest {

    private static Official official(long id, String username, String fullName, int open) {
        return new Official(id, username, fullName, null, open);
    }

    @Test
    void theOfficialWithFewestOpenAppealsIsChosen() {
        List<Official> officials = List.of(official(1, "a", "Асанова", 5), official(2, "b", "Бекова", 2));
        assertEquals("b", AssignmentService.leastLoaded(officials).orElseThrow().getUsername());
    }

    @Test
    void tiesAreBrokenByName() {
        List<Official> officials = List.of(official(1, "z", "Осмонов", 3), official(2, "y", "Бекова", 3));
        assertEquals("y", AssignmentService.leastLoaded(officials).orElseThrow().getUsername());
    }

    @Test
    void assigningInTurnKeepsTheLoadBalanced() {
        List<Official> officials = new ArrayList<>(List.of(
                official(1, "a", "Асанова", 0), official(2, "b", "Бекова", 4), official(3, "c", "Жумабаева", 1)));
        for (int i = 0; i < 30; i++) {
            AssignmentService.leastLoaded(officials).orElseThrow().appealAssigned();
        }
        Map<String, Integer> load = new TreeMap<>();
        officials.forEach(o -> load.put(o.getUsername(), o.getOpenAppeals()));
        int max = load.values().stream().max(Integer::compare).orElseThrow();
        int min = load.values().stream().min(Integer::compare).orElseThrow();
        assertTrue(max - min <= 1, "load " + load);
        assertEquals(35, load.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aBodyWithoutOfficialsHasNobodyToAssign() {
        assertTrue(AssignmentService.leastLoaded(List.of()).isEmpty());
    }

    @Test
    void theHeadGetsNoAppealByRoutingUnlessTheBodyHasNoOneElse() {
        Official head = new Official(9L, "head", "Жумалиева", null, 0, true);
        assertEquals("busy", AssignmentService.leastLoaded(List.of(head, official(2L, "busy", "Бекова", 40)))
                .orElseThrow().getUsername());
        assertEquals("head", AssignmentService.leastLoaded(List.of(head)).orElseThrow().getUsername());
    }
}
