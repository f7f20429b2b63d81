package gov.appeals.deadlines.control;

import gov.appeals.appeal.entity.DeadlineMark;
import java.time.Instant;

/** Announces deadline marks to whoever listens (dashboards, reminders, a supervisor's mailbox). */
public interface DeadlineEvents {

    void marked(DeadlineMark mark, String registrationNumber, Instant dueAt, String bodyCode, String assignee);
}
