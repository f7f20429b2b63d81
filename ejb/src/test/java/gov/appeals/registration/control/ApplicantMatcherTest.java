package gov.appeals.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.appeal.control.Appeals.Earlier;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.LinkType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicantMatcherTest {

    private static Earlier earlier(long id, AppealStatus status, boolean answered, String registeredAt) {
        return new Earlier(id, status, answered, Instant.parse(registeredAt));
    }

    @Test
    void anOpenEarlierAppealMakesADuplicateOfTheOriginal() {
        var verdict = ApplicantMatcher.judge(List.of(
                earlier(3, AppealStatus.ASSIGNED, false, "2026-05-03T00:00:00Z"),
                earlier(1, AppealStatus.CLOSED, true, "2026-01-01T00:00:00Z"),
                earlier(2, AppealStatus.REGISTERED, false, "2026-04-01T00:00:00Z"))).orElseThrow();
        assertEquals(LinkType.DUPLICATE, verdict.type());
        assertEquals(2, verdict.earlier().id(), "the oldest open one: the original the others duplicate");
    }

    @Test
    void onlyAnsweredEarlierAppealsMakeARepeatOfTheLatestAnswer() {
        var verdict = ApplicantMatcher.judge(List.of(
                earlier(1, AppealStatus.CLOSED, true, "2026-01-01T00:00:00Z"),
                earlier(2, AppealStatus.ANSWERED, true, "2026-03-01T00:00:00Z"),
                earlier(3, AppealStatus.CLOSED, false, "2026-06-01T00:00:00Z"))).orElseThrow();
        assertEquals(LinkType.REPEAT, verdict.type());
        assertEquals(2, verdict.earlier().id());
    }

    @Test
    void adviceGivenAtIntakeIsNeitherDuplicateNorRepeated() {
        assertTrue(ApplicantMatcher.judge(List.of(earlier(1, AppealStatus.CLOSED, false, "2026-01-01T00:00:00Z"))).isEmpty());
        assertTrue(ApplicantMatcher.judge(List.of()).isEmpty());
    }
}
