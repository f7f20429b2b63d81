package gov.appeals.appeal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.deadlines.control.CaseTerms;
import gov.appeals.deadlines.control.JurisdictionPreset;
import gov.appeals.deadlines.control.WorkingDayCalendar;
import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.routing.control.Workloads;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.PhoneCall;
import gov.appeals.submission.entity.ReceptionVisit;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state machine of an appeal and the rules its actions keep, without a server. */
class AppealWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    private static final CaseTerms KG = CaseTerms.of(JurisdictionPreset.KG, new WorkingDayCalendar(Set.of(), Set.of()),
            ZoneId.of("Asia/Bishkek"));
    private static final Category SOCIAL = new Category("SOCIAL", "ky", "ru", "en", 1);
    private static final Body LABOUR = new Body("MIN_LABOUR_SOCIAL", "ky", "ru", "en", 1);
    private static final Body HEALTH = new Body("MIN_HEALTH", "ky", "ru", "en", 2);
    private static final Body EDUCATION = new Body("MIN_EDUCATION", "ky", "ru", "en", 3);

    private final Official bekova = new Official(1L, "mlsd.bekova", "Бекова", LABOUR, 0);
    private final Official osmonov = new Official(2L, "officer", "Осмонов", LABOUR, 0);
    private final Official sultanova = new Official(3L, "health.sultanova", "Султанова", HEALTH, 0);
    private final Official tashieva = new Official(4L, "edu.tashieva", "Ташиева", EDUCATION, 0);

    private static Appeal appeal(Channel channel, AppealKind kind, Body respondent) {
        AppealSubmission s = new AppealSubmission(channel, kind, "Пенсия", "ru", "SOCIAL", null,
                new ApplicantDetails("Иванова Анна", "+996555000111", null, null, null), null,
                respondent == null ? null : respondent.getCode(), OffsetDateTime.parse("2026-11-23T10:00:00+06:00"),
                channel == Channel.PHONE ? new PhoneCall("+996555000111", null) : null,
                channel == Channel.RECEPTION ? new ReceptionVisit("BISHKEK_CENTRAL", null) : null, null,
                null, null, null, null);
        return Appeal.registered("2026-000001", java.util.UUID.randomUUID(), "operator", s, SOCIAL, null, null,
                respondent, NOW);
    }

    private Appeal assignedToBekova(Channel channel) {
        Appeal a = appeal(channel, AppealKind.APPLICATION, null);
        bekova.appealAssigned();
        a.routedAtRegistration(NOW, LABOUR, bekova, "Rule", KG.answerDue(NOW, NOW), KG.forwardDue(NOW));
        return a;
    }

    /** What routing does with the changes of hands an action announces. */
    private static void settle(Appeal... appeals) {
        for (Appeal a : appeals) {
            a.assignmentChanges().forEach(new Workloads()::changed);
        }
    }

    private static List<HistoryAction> actions(Appeal a) {
        return a.getHistory().stream().map(HistoryEntry::getAction).toList();
    }

    @Test
    void eachStatusAllowsOnlyItsActions() {
        assertEquals(EnumSet.of(AppealAction.ROUTE, AppealAction.ASSIGN, AppealAction.REDIRECT, AppealAction.EXTEND),
                allowed(AppealStatus.REGISTERED));
        assertEquals(EnumSet.of(AppealAction.ASSIGN, AppealAction.REDIRECT, AppealAction.EXTEND, AppealAction.ANSWER),
                allowed(AppealStatus.ASSIGNED));
        assertEquals(EnumSet.of(AppealAction.CLOSE, AppealAction.REOPEN), allowed(AppealStatus.ANSWERED));
        assertEquals(EnumSet.of(AppealAction.REOPEN), allowed(AppealStatus.CLOSED));
    }

    private static Set<AppealAction> allowed(AppealStatus status) {
        Set<AppealAction> allowed = EnumSet.noneOf(AppealAction.class);
        for (AppealAction action : AppealAction.values()) {
            if (status.allows(action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    @Test
    void aDispatcherRoutesAnAppealThatWaitsAndCannotRouteItTwice() {
        Appeal a = appeal(Channel.PHONE, AppealKind.APPLICATION, null);
        a.routedAtRegistration(NOW, null, null, "No rule", KG.answerDue(NOW, NOW), KG.forwardDue(NOW));
        a.route(NOW, "dispatcher", LABOUR, "Pensions", bekova, KG.forwardDue(NOW));
        assertEquals(AppealStatus.ASSIGNED, a.getStatus());
        assertEquals(LABOUR, a.getCustody().body());
        settle(a);
        assertEquals(1, bekova.getOpenAppeals());
        Refusal again = assertThrows(Refusal.class,
                () -> a.route(NOW, "dispatcher", HEALTH, "x", sultanova, KG.forwardDue(NOW)));
        assertTrue(again.getMessage().contains("is ASSIGNED"), again.getMessage());
    }

    @Test
    void anAppealNobodyTookUpWithinTheForwardingTermIsMarkedOncePerBody() {
        Appeal a = appeal(Channel.PHONE, AppealKind.APPLICATION, null);
        a.routedAtRegistration(NOW, null, null, "No rule", KG.answerDue(NOW, NOW), KG.forwardDue(NOW));
        Instant late = KG.forwardDue(NOW).plusSeconds(1);
        assertTrue(a.note(DeadlineMark.FORWARDING_OVERDUE, late));
        assertFalse(a.note(DeadlineMark.FORWARDING_OVERDUE, late));
        a.route(late, "dispatcher", LABOUR, "Pensions", null, KG.forwardDue(late));
        assertTrue(a.note(DeadlineMark.FORWARDING_OVERDUE, KG.forwardDue(late).plusSeconds(1)),
                "a new term at the body it was routed to, which assigned nobody");
        Appeal assigned = assignedToBekova(Channel.PHONE);
        assertFalse(assigned.note(DeadlineMark.FORWARDING_OVERDUE, late), "an official has it: taken up");
    }

    @Test
    void aComplaintIsNeverSentToTheBodyItIsAbout() {
        Appeal a = appeal(Channel.PHONE, AppealKind.COMPLAINT, HEALTH);
        a.routedAtRegistration(NOW, null, null, "Complaint", KG.answerDue(NOW, NOW), KG.forwardDue(NOW));
        assertThrows(Refusal.class, () -> a.route(NOW, "dispatcher", HEALTH, "x", sultanova, KG.forwardDue(NOW)));
        a.route(NOW, "dispatcher", LABOUR, "Pensions", bekova, KG.forwardDue(NOW));
        Refusal refused = assertThrows(Refusal.class,
                () -> a.redirect(NOW, "mlsd.bekova", HEALTH, "x", sultanova, KG.forwardDue(NOW), 2));
        assertTrue(refused.getMessage().contains("complaint about MIN_HEALTH"), refused.getMessage());
        assertEquals(LABOUR, a.getCustody().body(), "nothing changed");
    }

    @Test
    void everyHopIsKeptAndTooManyEscalate() {
        Appeal a = assignedToBekova(Channel.PHONE);
        a.redirect(NOW, "mlsd.bekova", HEALTH, "Medical", sultanova, KG.forwardDue(NOW), 2);
        a.redirect(NOW, "health.sultanova", EDUCATION, "School", tashieva, KG.forwardDue(NOW), 2);
        assertNull(a.getEscalation(), "two hops: within the limit");
        Instant late = KG.forwardDue(NOW).plusSeconds(1);
        a.redirect(late, "edu.tashieva", LABOUR, "Back", osmonov, KG.forwardDue(late), 2);
        assertEquals(EscalationReason.REDIRECTION_LIMIT, a.getEscalation().reason());
        assertEquals(List.of(1, 2, 3), a.getRedirections().stream().map(Redirection::getHop).toList());
        assertEquals(List.of(false, false, true), a.getRedirections().stream().map(Redirection::isLate).toList(),
                "the third was sent on after the forwarding term");
        assertEquals(osmonov, a.getCustody().assignee());
        settle(a);
        assertEquals(0, bekova.getOpenAppeals(), "released when it left her body");
        assertEquals(1, osmonov.getOpenAppeals());
        assertThrows(Refusal.class,
                () -> a.redirect(NOW, "officer", LABOUR, "Same body", null, KG.forwardDue(NOW), 2));
    }

    @Test
    void reassignmentStaysWithinTheBody() {
        Appeal a = assignedToBekova(Channel.PHONE);
        assertThrows(Refusal.class, () -> a.reassign(NOW, "dispatcher", sultanova));
        assertThrows(Refusal.class, () -> a.reassign(NOW, "dispatcher", bekova));
        a.reassign(NOW, "dispatcher", osmonov);
        assertEquals(osmonov, a.getCustody().assignee());
        settle(a);
        assertEquals(0, bekova.getOpenAppeals());
    }

    @Test
    void aTermIsExtendedOnceWithinTheMaximum() {
        Appeal a = assignedToBekova(Channel.PHONE);
        Instant due = a.getTerm().dueAt();
        Refusal tooLong = assertThrows(Refusal.class,
                () -> a.extend(NOW, "supervisor", 31, "Inspection", KG));
        assertTrue(tooLong.getMessage().contains("at most 30 days"), tooLong.getMessage());
        a.extend(NOW, "supervisor", 10, "Inspection", KG);
        assertEquals(due.plusSeconds(10 * 86_400), a.getTerm().dueAt());
        assertThrows(Refusal.class, () -> a.extend(NOW, "supervisor", 5, "Again", KG));
        Appeal overdue = assignedToBekova(Channel.PHONE);
        assertThrows(Refusal.class,
                () -> overdue.extend(overdue.getTerm().dueAt().plusSeconds(1), "supervisor", 5, "Too late", KG));
    }

    @Test
    void anOralAnswerIsOnlyForAReceptionVisitorWhoAgreed() {
        Appeal byPhone = assignedToBekova(Channel.PHONE);
        assertThrows(Refusal.class,
                () -> byPhone.answer(NOW, "mlsd.bekova", oral("Told", true), KG));
        Appeal atDesk = assignedToBekova(Channel.RECEPTION);
        assertThrows(Refusal.class,
                () -> atDesk.answer(NOW, "mlsd.bekova", oral("Told", false), KG));
        atDesk.answer(NOW, "mlsd.bekova", oral("Told", true), KG);
        assertEquals(AppealStatus.ANSWERED, atDesk.getStatus());
        assertTrue(atDesk.getAnswer().isOral());
        assertEquals(AnswerOutcome.EXPLAINED, atDesk.getAnswer().outcome());
    }

    @Test
    void answeredClosedReopenedAndAnsweredAgain() {
        Appeal a = assignedToBekova(Channel.PHONE);
        assertThrows(Refusal.class, () -> a.close(NOW, "dispatcher"), "not answered yet");
        a.answer(NOW, "mlsd.bekova", supported("Paid", null), KG);
        assertEquals("ru", a.getAnswer().language(), "the appeal's language by default");
        settle(a);
        assertEquals(0, bekova.getOpenAppeals());
        a.close(NOW, "dispatcher");
        assertEquals(AppealStatus.CLOSED, a.getStatus());
        Instant later = NOW.plusSeconds(86_400 * 30);
        a.reopen(later, "supervisor", "Not paid after all", KG.answerDue(later, later));
        assertEquals(AppealStatus.ASSIGNED, a.getStatus());
        assertNull(a.getAnswer());
        settle(a);
        assertEquals(1, bekova.getOpenAppeals());
        assertEquals(List.of(HistoryAction.RECEIVED, HistoryAction.REGISTERED, HistoryAction.ROUTED, HistoryAction.ASSIGNED,
                HistoryAction.ANSWERED, HistoryAction.CLOSED, HistoryAction.REOPENED), actions(a));
    }

    @Test
    void deadlineMarksAreRecordedOnce() {
        Appeal a = assignedToBekova(Channel.PHONE);
        assertTrue(a.note(DeadlineMark.DUE_SOON, NOW));
        assertFalse(a.note(DeadlineMark.DUE_SOON, NOW));
        assertTrue(a.note(DeadlineMark.OVERDUE, NOW));
        assertFalse(a.note(DeadlineMark.OVERDUE, NOW));
        assertEquals(1, actions(a).stream().filter(HistoryAction.DUE_SOON::equals).count());
    }

    @Test
    void aRepeatIsEscalatedAndOnlyARepeatEndsCorrespondence() {
        Appeal first = assignedToBekova(Channel.PHONE);
        first.answer(NOW, "mlsd.bekova", new OfficialAnswer("Explained", AnswerOutcome.EXPLAINED, null, null, "ru", false, false), KG);
        Appeal second = assignedToBekova(Channel.RECEPTION);
        assertThrows(Refusal.class, () -> second.endCorrespondence(NOW, "supervisor", "No new arguments", null, KG));
        AppealLink link = AppealLink.between(second, first, LinkType.REPEAT, NOW);
        assertEquals(LinkType.REPEAT, link.getType());
        assertTrue(second.getLinks().repeat());
        assertEquals(EscalationReason.REPEAT, second.getEscalation().reason());
        second.endCorrespondence(NOW, "supervisor", "No new arguments", null, KG);
        assertEquals(AppealStatus.CLOSED, second.getStatus());
        assertEquals(AnswerOutcome.LEFT_UNANSWERED, second.getAnswer().outcome());
        assertEquals(UnansweredGround.CORRESPONDENCE_ENDED, second.getAnswer().ground());
    }

    @Test
    void anAnswerKeepsTheWorkingDaysItTookSinceReceipt() {
        Appeal sameDay = assignedToBekova(Channel.PHONE);
        sameDay.answer(NOW, "mlsd.bekova", supported("Paid", "ru"), KG);
        assertEquals(0, sameDay.getAnswer().workingDays());
        // Received on Monday 23 November; answered on Wednesday 2 December: 7 working days.
        Appeal later = assignedToBekova(Channel.PHONE);
        later.answer(NOW.plus(java.time.Duration.ofDays(9)), "mlsd.bekova", supported("Paid", "ru"), KG);
        assertEquals(7, later.getAnswer().workingDays());
    }

    @Test
    void aDuplicateIsAnsweredWithItsOriginal() {
        Appeal original = assignedToBekova(Channel.PHONE);
        Appeal duplicate = assignedToBekova(Channel.RECEPTION);
        AppealLink.between(duplicate, original, LinkType.DUPLICATE, NOW);
        assertFalse(duplicate.getLinks().repeat());
        original.answer(NOW, "mlsd.bekova", supported("Paid", "ru"), KG);
        duplicate.answerWith(original, KG);
        assertEquals(AppealStatus.ANSWERED, duplicate.getStatus());
        assertEquals("Paid", duplicate.getAnswer().text());
        settle(original, duplicate);
        assertEquals(0, bekova.getOpenAppeals());
    }

    @Test
    void anOutcomeSaysWhatWasDoneAndLeftUnansweredNeedsItsGround() {
        assertEquals("measuresTaken", assertThrows(Refusal.class,
                () -> new OfficialAnswer("Paid", AnswerOutcome.SUPPORTED, null, null, "ru", false, false)).field());
        assertEquals("measuresTaken", assertThrows(Refusal.class,
                () -> new OfficialAnswer("Told", AnswerOutcome.EXPLAINED, true, null, "ru", false, false)).field());
        assertEquals("ground", assertThrows(Refusal.class,
                () -> new OfficialAnswer("-", AnswerOutcome.LEFT_UNANSWERED, null, null, "ru", false, false)).field());
        assertEquals("oral", assertThrows(Refusal.class, () -> new OfficialAnswer("-", AnswerOutcome.LEFT_UNANSWERED,
                null, UnansweredGround.OBSCENE, "ru", true, true)).field());

        Appeal named = assignedToBekova(Channel.PHONE);
        assertThrows(Refusal.class, () -> named.answer(NOW, "mlsd.bekova", new OfficialAnswer("-",
                AnswerOutcome.LEFT_UNANSWERED, null, UnansweredGround.ANONYMOUS, "ru", false, false), KG), "it names its applicant");
        named.answer(NOW, "mlsd.bekova", new OfficialAnswer("-", AnswerOutcome.LEFT_UNANSWERED, null,
                UnansweredGround.OBSCENE, "ru", false, false), KG);
        assertEquals("Answered: LEFT_UNANSWERED: OBSCENE", named.getHistory().get(named.getHistory().size() - 1).getDetail());

        Appeal helped = assignedToBekova(Channel.PHONE);
        helped.answer(NOW, "mlsd.bekova", new OfficialAnswer("Paid", AnswerOutcome.SUPPORTED, false, null, "ru", false, false), KG);
        assertEquals(Boolean.FALSE, helped.getAnswer().measuresTaken());
        assertEquals("Answered: SUPPORTED, no measures taken", helped.getHistory().get(helped.getHistory().size() - 1).getDetail());
    }

    @Test
    void aVerdictIsGivenOnceChangedOnceAndItsFullCommentFitsTheHistory() {
        Appeal a = assignedToBekova(Channel.PHONE);
        Duration window = Duration.ofDays(30);
        assertThrows(Refusal.class, () -> a.judged(NOW, Satisfaction.SATISFIED, null, VerdictChannel.OPERATOR, "operator", window),
                "no answer yet");
        a.answer(NOW, "mlsd.bekova", supported("Paid", "ru"), KG);
        String comment = "Не помогло. ".repeat(170);
        assertTrue(a.judged(NOW, Satisfaction.NOT_SATISFIED, comment, VerdictChannel.PUBLIC_LOOKUP, null, window),
                "not satisfied, with a reason: a reconsideration is owed");
        HistoryEntry given = a.getHistory().get(a.getHistory().size() - 1);
        assertEquals(HistoryAction.VERDICT_GIVEN, given.getAction());
        assertEquals(HistoryEntry.CITIZEN, given.getActor());
        assertEquals(HistoryEntry.MAX_DETAIL, given.getDetail().length(), "shortened to the column, not refused");
        assertFalse(a.judged(NOW.plusSeconds(60), Satisfaction.NOT_SATISFIED, "Still no", VerdictChannel.OPERATOR, "operator",
                window), "one reconsideration per appeal");
        assertThrows(Refusal.class, () -> a.judged(NOW.plusSeconds(120), Satisfaction.SATISFIED, null,
                VerdictChannel.OPERATOR, "operator", window), "changed once already");
        Appeal late = assignedToBekova(Channel.PHONE);
        late.answer(NOW, "mlsd.bekova", supported("Paid", "ru"), KG);
        assertThrows(Refusal.class, () -> late.judged(NOW.plus(Duration.ofDays(31)), Satisfaction.SATISFIED, null,
                VerdictChannel.PUBLIC_LOOKUP, null, window), "the window has closed");
    }

    private static OfficialAnswer supported(String text, String language) {
        return new OfficialAnswer(text, AnswerOutcome.SUPPORTED, true, null, language, false, false);
    }

    private static OfficialAnswer oral(String text, boolean consent) {
        return new OfficialAnswer(text, AnswerOutcome.EXPLAINED, null, null, "ru", true, consent);
    }
}
