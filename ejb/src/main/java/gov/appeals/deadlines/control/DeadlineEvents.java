package gov.appeals.deadlines.control;

import gov.appeals.appeal.entity.DeadlineMark;
import java.time.Instant;

/** Announces deadline marks and surges to whoever listens (dashboards, reminders, a supervisor's mailbox). */
public interface DeadlineEvents {

    void marked(DeadlineMark mark, String registrationNumber, Instant dueAt, String bodyCode, String assignee);

    /**
     * A subject in a region rose far above its usual day ({@code raised}), or fell back: mark
     * {@code SURGE} or {@code SURGE_CLEARED}, with the day's appeals and the usual day's.
     */
    void surge(boolean raised, String categoryCode, String regionCode, int dayAppeals, double baseline, Instant at);
}
