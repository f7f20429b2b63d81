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

/** One recorded step in an appeal's life: when, what, who, and why. Never changed once written. */
@Entity
@Table(name = "appeal_history")
public class HistoryEntry {

    /** The actor for steps the system takes by itself. */
    public static final String SYSTEM = "system";
    /** The column's length: a reason or a citizen's comment of its full length still fits, shortened, after its prefix. */
    static final int MAX_DETAIL = 2000;
    /** The citizen, acting for themselves without an account (a verdict through the public lookup). */
    public static final String CITIZEN = "citizen";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_history_seq")
    @SequenceGenerator(name = "appeal_history_seq", sequenceName = "appeal_history_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appeal_id")
    private Appeal appeal;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private HistoryAction action;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 2000)
    private String detail;

    protected HistoryEntry() {
    }

    HistoryEntry(Appeal appeal, Instant at, HistoryAction action, String actor, String detail) {
        this.appeal = appeal;
        this.at = at;
        this.action = action;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public HistoryAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
