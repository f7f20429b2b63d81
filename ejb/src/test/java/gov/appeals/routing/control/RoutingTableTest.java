package gov.appeals.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.routing.entity.RoutingRule;
import gov.appeals.submission.entity.AppealKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

    private final RoutingTable table = new RoutingTable(List.of(
            new RoutingRule(1L, "LAND_HOUSING", null, "LAND_RESOURCES"),
            new RoutingRule(2L, "LAND_HOUSING", "BISHKEK", "BISHKEK_CITY_HALL"),
            new RoutingRule(3L, "COURTS_LAW_ENFORCEMENT", null, "PROSECUTOR_GENERAL")));

    @Test
    void aRegionalRuleWinsOverTheGeneralOne() {
        assertEquals("BISHKEK_CITY_HALL", table.route(AppealKind.APPLICATION, "LAND_HOUSING", "BISHKEK", null).bodyCode());
        assertEquals("LAND_RESOURCES", table.route(AppealKind.APPLICATION, "LAND_HOUSING", "NARYN", null).bodyCode());
        assertEquals("LAND_RESOURCES", table.route(AppealKind.APPLICATION, "LAND_HOUSING", null, null).bodyCode());
    }

    @Test
    void aComplaintIsNeverSentToTheBodyItIsAbout() {
        RoutingDecision decision = table.route(AppealKind.COMPLAINT, "COURTS_LAW_ENFORCEMENT", null, "PROSECUTOR_GENERAL");
        assertFalse(decision.routed());
        assertTrue(decision.reason().contains("never sent to the body it is about"), decision.reason());
    }

    @Test
    void aComplaintAboutAnotherBodyIsRoutedAsUsual() {
        RoutingDecision decision = table.route(AppealKind.COMPLAINT, "COURTS_LAW_ENFORCEMENT", null, "MIN_INTERIOR");
        assertEquals("PROSECUTOR_GENERAL", decision.bodyCode());
    }

    @Test
    void aProposalNamingTheSameBodyIsStillRoutedThere() {
        assertEquals("PROSECUTOR_GENERAL",
                table.route(AppealKind.PROPOSAL, "COURTS_LAW_ENFORCEMENT", null, "PROSECUTOR_GENERAL").bodyCode());
    }

    @Test
    void otherAndUncoveredSubjectsWaitForADispatcher() {
        assertFalse(table.route(AppealKind.APPLICATION, "OTHER", null, null).routed());
        RoutingDecision uncovered = table.route(AppealKind.APPLICATION, "ECONOMY", "OSH", null);
        assertFalse(uncovered.routed());
        assertTrue(uncovered.reason().contains("No routing rule for subject ECONOMY in region OSH"), uncovered.reason());
    }
}
