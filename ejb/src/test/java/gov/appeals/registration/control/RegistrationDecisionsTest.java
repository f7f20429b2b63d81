package gov.appeals.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.TestAppeals;
import gov.appeals.reference.entity.Category;
import gov.appeals.routing.control.RoutingDecision;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.RadioCall;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Registration's decisions, without a server: where an appeal goes, with whom, and why. */
class RegistrationDecisionsTest {

    private static final RoutingDecision BY_RULES = RoutingDecision.toBody("MIN_HEALTH", "Rule: HEALTH");
    private final Official bekova = new Official(7L, "mlsd.bekova", "Бекова", TestAppeals.LABOUR, 0);

    @Test
    void withoutAnOriginalTheRulesDecide() {
        assertSame(BY_RULES, RegistrationDecisions.destination(BY_RULES, null));
        assertNull(RegistrationDecisions.preferredOfficial(null), "the body's least-loaded official");
    }

    @Test
    void aDuplicateFollowsItsOriginalToItsBodyAndOfficial() {
        Appeal original = TestAppeals.assignedTo("2026-000010", bekova);
        RoutingDecision decision = RegistrationDecisions.destination(BY_RULES, original);
        assertEquals("MIN_LABOUR_SOCIAL", decision.bodyCode(), "not where the rules would send it");
        assertTrue(decision.reason().contains("2026-000010"), decision.reason());
        assertEquals(7L, RegistrationDecisions.preferredOfficial(original));
    }

    @Test
    void aDuplicateOfAnAppealWaitingForADispatcherWaitsToo() {
        Appeal original = TestAppeals.awaitingDispatcher("2026-000011");
        RoutingDecision decision = RegistrationDecisions.destination(BY_RULES, original);
        assertFalse(decision.routed());
        assertEquals("Duplicate of 2026-000011, which waits for a dispatcher", decision.reason());
        assertNull(RegistrationDecisions.preferredOfficial(original));
    }

    @Test
    void aRetryKeepsTheBodyItsFirstAttemptReserved() {
        assertSame(BY_RULES, RegistrationDecisions.asReserved(BY_RULES, "MIN_HEALTH"));
        RoutingDecision kept = RegistrationDecisions.asReserved(BY_RULES, "MIN_ECONOMY");
        assertEquals("MIN_ECONOMY", kept.bodyCode(), "the rules changed in between");
        assertEquals("Routed to MIN_ECONOMY by the rules in force at the first attempt", kept.reason());
        RoutingDecision waiting = RegistrationDecisions.asReserved(BY_RULES, null);
        assertFalse(waiting.routed());
        assertEquals("Rule: HEALTH", waiting.reason());
    }

    @Test
    void appealsSettledAtIntakeSayWhy() {
        AppealSubmission advice = TestAppeals.submission(Channel.PHONE, AppealKind.CONSULTATION, null);
        assertEquals("Consultation: advice given at intake, no appeal to answer",
                RegistrationDecisions.settledAtIntake(advice));
        AppealSubmission onAir = new AppealSubmission(Channel.RADIO, AppealKind.APPLICATION, "Дорога", "ky", null, null,
                null, null, null, OffsetDateTime.parse("2026-11-23T10:00:00+06:00"), null, null,
                new RadioCall("Эл үнү", LocalDate.parse("2026-11-23"), null, true, "Дорогу отремонтируют в мае"), null, null, null, null);
        assertEquals("Answered on air: Дорогу отремонтируют в мае", RegistrationDecisions.settledAtIntake(onAir));
    }

    @Test
    void theHistorySaysHowTheSubjectWasChosen() {
        Category other = new Category("OTHER", "ky", "ru", "en", 99);
        assertEquals("given at intake", RegistrationDecisions.classification(true, TestAppeals.SOCIAL));
        assertEquals("by keywords of the summary", RegistrationDecisions.classification(false, TestAppeals.SOCIAL));
        assertEquals("no keyword of any subject in the summary", RegistrationDecisions.classification(false, other));
    }
}
