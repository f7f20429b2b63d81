package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The citizen's verdict on an answer: given once, changed at most once, within the window. */
@Embeddable
public class CitizenVerdict {

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20)
    private Satisfaction satisfaction;
    @Column(name = "verdict_comment", length = 2000)
    private String comment;
    @Column(name = "verdict_at")
    private Instant at;
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_via", length = 20)
    private VerdictChannel via;
    /** The operator or desk that took it down; null when the citizen gave it themselves. */
    @Column(name = "verdict_recorded_by", length = 100)
    private String recordedBy;
    @Column(name = "verdict_changed")
    private Boolean changed;

    protected CitizenVerdict() {
    }

    CitizenVerdict(Satisfaction satisfaction, String comment, Instant at, VerdictChannel via, String recordedBy,
            boolean changed) {
        this.satisfaction = satisfaction;
        this.comment = comment;
        this.at = at;
        this.via = via;
        this.recordedBy = recordedBy;
        this.changed = changed;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public String comment() {
        return comment;
    }

    public Instant at() {
        return at;
    }

    public VerdictChannel via() {
        return via;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean changed() {
        return Boolean.TRUE.equals(changed);
    }

    /** Not satisfied, and said why: a reconsideration is owed. */
    public boolean asksForReconsideration() {
        return satisfaction == Satisfaction.NOT_SATISFIED && comment != null && !comment.isBlank();
    }
}
