package gov.appeals.casework.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.appeals.appeal.entity.AnswerOutcome;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.OfficialAnswer;
import gov.appeals.appeal.entity.TestAppeals;
import gov.appeals.appeal.entity.UnansweredGround;
import gov.appeals.platform.Refusal;
import gov.appeals.platform.Roles;
import gov.appeals.reference.entity.Body;
import gov.appeals.routing.control.WorkScope;
import gov.appeals.routing.entity.Official;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may act on which appeal, beyond the roles the REST layer checks. */
class CasePermissionsTest {

    private static final OfficialAnswer SUPPORTED =
            new OfficialAnswer("Paid", AnswerOutcome.SUPPORTED, true, null, "ru", false, false);
    private static final OfficialAnswer EXPLAINED =
            new OfficialAnswer("Told", AnswerOutcome.EXPLAINED, null, null, "ru", false, false);
    private static final OfficialAnswer CORRESPONDENCE_ENDED = new OfficialAnswer("No new arguments",
            AnswerOutcome.LEFT_UNANSWERED, null, UnansweredGround.CORRESPONDENCE_ENDED, "ru", false, false);

    private static final Body HEALTH = new Body("MIN_HEALTH", "ky", "ru", "en", 2);

    private final Official bekova = new Official(1L, "mlsd.bekova", "Бекова", TestAppeals.LABOUR, 0);
    private final Official sultanova = new Official(3L, "health.sultanova", "Султанова", HEALTH, 0);
    private final Appeal bekovas = TestAppeals.assignedTo("2026-000001", bekova);

    private static Actor actor(String username, String role) {
        return new Actor(username, Set.of(role));
    }

    private static Refusal.Kind refusal(Runnable action) {
        return assertThrows(Refusal.class, action::run).kind();
    }

    @Test
    void anOfficerSeesOnlyTheAppealsAssignedToThemAndOthersAreNotFound() {
        assertSame(bekovas, CasePermissions.visible(bekovas, actor("mlsd.bekova", Roles.OFFICER), "2026-000001"));
        Refusal hidden = assertThrows(Refusal.class,
                () -> CasePermissions.visible(bekovas, actor("officer", Roles.OFFICER), "2026-000001"));
        assertEquals(Refusal.Kind.NOT_FOUND, hidden.kind(), "the same answer as for an appeal that does not exist");
        assertEquals("No appeal 2026-000001", hidden.getMessage());
        assertEquals(Refusal.Kind.NOT_FOUND,
                refusal(() -> CasePermissions.visible(null, actor("dispatcher", Roles.DISPATCHER), "2026-999999")));
    }

    @Test
    void dispatchersSupervisorsAndAdministratorsSeeEveryAppeal() {
        for (String role : Set.of(Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN)) {
            assertSame(bekovas, CasePermissions.visible(bekovas, actor("someone", role), "2026-000001"), role);
        }
    }

    @Test
    void anOfficerOfTheSameBodyDoesNotSeeAColleaguesAppeal() {
        // Reassignment loads the appeal through visible() like every action: a colleague of the same
        // body who is neither its assignee, nor the head, nor covering, is told it does not exist.
        assertEquals(Refusal.Kind.NOT_FOUND, refusal(() -> CasePermissions.visible(bekovas, actor("officer", Roles.OFFICER), "n")));
        assertEquals(Refusal.Kind.NOT_FOUND,
                refusal(() -> CasePermissions.visible(TestAppeals.awaitingDispatcher("2026-000002"), actor("officer", Roles.OFFICER), "n")),
                "with no body yet, no officer's");
        assertSame(bekovas, CasePermissions.visible(bekovas, actor("mlsd.bekova", Roles.OFFICER), "n"), "the assignee hands over");
    }

    @Test
    void onlyTheAssigneeOrADispatcherRedirects() {
        assertDoesNotThrow(() -> CasePermissions.mayRedirect(bekovas, actor("mlsd.bekova", Roles.OFFICER)));
        assertDoesNotThrow(() -> CasePermissions.mayRedirect(bekovas, actor("dispatcher", Roles.DISPATCHER)));
        assertEquals(Refusal.Kind.FORBIDDEN,
                refusal(() -> CasePermissions.mayRedirect(bekovas, actor("supervisor", Roles.SUPERVISOR))));
    }

    @Test
    void theAssigneeAnswersAndOnlyAHeadEndsCorrespondence() {
        assertDoesNotThrow(() -> CasePermissions.mayAnswer(bekovas, actor("mlsd.bekova", Roles.OFFICER), SUPPORTED));
        Refusal colleague = assertThrows(Refusal.class,
                () -> CasePermissions.mayAnswer(bekovas, actor("officer", Roles.OFFICER), SUPPORTED));
        assertEquals(Refusal.Kind.FORBIDDEN, colleague.kind());
        assertEquals(Refusal.Kind.FORBIDDEN, refusal(() -> CasePermissions.mayAnswer(bekovas,
                actor("supervisor", Roles.SUPERVISOR), EXPLAINED)), "a head ends correspondence, no more");
        assertDoesNotThrow(() -> CasePermissions.mayAnswer(bekovas, actor("supervisor", Roles.SUPERVISOR),
                CORRESPONDENCE_ENDED));
        assertEquals(Refusal.Kind.FORBIDDEN, refusal(() -> CasePermissions.mayAnswer(bekovas,
                actor("mlsd.bekova", Roles.OFFICER), CORRESPONDENCE_ENDED)));
        Refusal nobodys = assertThrows(Refusal.class, () -> CasePermissions.mayAnswer(
                TestAppeals.awaitingDispatcher("2026-000003"), actor("officer", Roles.OFFICER), SUPPORTED));
        assertEquals("Only the official the appeal is assigned to (or covering for them) answers it; it is assigned to nobody yet",
                nobodys.getMessage());
    }

    @Test
    void aColleagueCoversByTheHeadsGrantAndTheHeadWorksOnTheWholeBody() {
        Actor covering = new Actor("officer", Set.of(Roles.OFFICER), null,
                new WorkScope("officer", false, null, Set.of("mlsd.bekova")));
        assertSame(bekovas, CasePermissions.visible(bekovas, covering, "2026-000001"));
        assertDoesNotThrow(() -> CasePermissions.mayAnswer(bekovas, covering, EXPLAINED));
        assertDoesNotThrow(() -> CasePermissions.mayRedirect(bekovas, covering));

        Actor head = new Actor("head", Set.of(Roles.OFFICER), null, new WorkScope("head", false, "MIN_LABOUR_SOCIAL", Set.of()));
        assertSame(bekovas, CasePermissions.visible(bekovas, head, "2026-000001"));
        assertDoesNotThrow(() -> CasePermissions.mayAnswer(bekovas, head, EXPLAINED));
        Appeal sultanovas = TestAppeals.assignedTo("2026-000004", sultanova, HEALTH);
        assertEquals(Refusal.Kind.NOT_FOUND, refusal(() -> CasePermissions.visible(sultanovas, head, "2026-000004")),
                "another body's appeal");
        assertEquals(Refusal.Kind.NOT_FOUND, refusal(() -> CasePermissions.visible(sultanovas, covering, "2026-000004")));
    }
}
