package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A later appeal linked to an earlier one of the same person on the same subject. */
@Entity
@Table(name = "appeal_link")
public class AppealLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_link_seq")
    @SequenceGenerator(name = "appeal_link_seq", sequenceName = "appeal_link_seq", allocationSize = 50)
    private Long id;

    /** The later appeal. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appeal_id")
    private Appeal appeal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "earlier_id")
    private Appeal earlier;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20)
    private LinkType type;

    @Column(nullable = false)
    private Instant at;

    protected AppealLink() {
    }

    private AppealLink(Appeal appeal, Appeal earlier, LinkType type, Instant at) {
        this.appeal = appeal;
        this.earlier = earlier;
        this.type = type;
        this.at = at;
    }

    /**
     * Links a new appeal at registration to an earlier one of the same person on the same subject:
     * a duplicate of one still open, or a repeat of one answered, which supervisors see. Both
     * appeals change (the earlier one now shows its links), so this is no action of either alone.
     */
    public static AppealLink between(Appeal appeal, Appeal earlier, LinkType type, Instant at) {
        earlier.getLinks().linked();
        if (type == LinkType.DUPLICATE) {
            appeal.getLinks().linked();
            appeal.record(at, HistoryAction.LINKED, HistoryEntry.SYSTEM, "Duplicate of " + earlier.getRegistrationNumber()
                    + ", still open: handled with it by the same official");
        } else {
            appeal.getLinks().repeats();
            appeal.record(at, HistoryAction.LINKED, HistoryEntry.SYSTEM, "Repeat of " + earlier.getRegistrationNumber()
                    + ", already answered (" + earlier.getAnswer().outcome() + ")");
            appeal.escalate(at, EscalationReason.REPEAT, "The same person appeals again on a matter answered in "
                    + earlier.getRegistrationNumber() + ": the first answer did not work");
        }
        return new AppealLink(appeal, earlier, type, at);
    }

    /** A new appeal registered as the reconsideration of an answer its citizen was not satisfied with. */
    public static AppealLink reconsideration(Appeal appeal, Appeal original, Instant at) {
        appeal.getLinks().linked();
        original.getLinks().linked();
        Answer answer = original.getAnswer();
        appeal.record(at, HistoryAction.LINKED, HistoryEntry.SYSTEM, "Reconsideration of " + original.getRegistrationNumber()
                + ", whose answer" + (answer == null ? " (reopened since)" : " (" + answer.describe() + ")")
                + " did not satisfy the citizen");
        original.record(at, HistoryAction.RECONSIDERATION_OPENED, HistoryEntry.SYSTEM,
                "Reconsidered by " + appeal.getRegistrationNumber());
        appeal.escalate(at, EscalationReason.RECONSIDERATION, "The citizen was not satisfied with the answer to "
                + original.getRegistrationNumber());
        return new AppealLink(appeal, original, LinkType.RECONSIDERATION, at);
    }

    public Appeal getAppeal() {
        return appeal;
    }

    public Appeal getEarlier() {
        return earlier;
    }

    public LinkType getType() {
        return type;
    }
}
