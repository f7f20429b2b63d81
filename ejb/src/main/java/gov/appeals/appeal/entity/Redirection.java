package gov.appeals.appeal.entity;

import gov.appeals.reference.entity.Body;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One hop of an appeal from a body that is not competent to another. Never changed once written. */
@Entity
@Table(name = "appeal_redirection")
public class Redirection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_redirection_seq")
    @SequenceGenerator(name = "appeal_redirection_seq", sequenceName = "appeal_redirection_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appeal_id")
    private Appeal appeal;

    @Column(nullable = false)
    private int hop;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_body")
    private Body from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_body")
    private Body to;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private boolean late;

    protected Redirection() {
    }

    Redirection(Appeal appeal, int hop, Body from, Body to, String reason, String actor, Instant at, boolean late) {
        this.appeal = appeal;
        this.hop = hop;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
        this.late = late;
    }

    public int getHop() {
        return hop;
    }

    public Body getFrom() {
        return from;
    }

    public Body getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public boolean isLate() {
        return late;
    }
}
