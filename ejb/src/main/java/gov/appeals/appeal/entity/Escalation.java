package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The appeal was put in front of supervisors, once, for the first reason that arose. JPA loads an
 * escalation of nulls as null: an appeal that was never escalated has none.
 */
@Embeddable
public class Escalation {

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation", length = 30)
    private EscalationReason reason;

    @Column(name = "escalated_at")
    private Instant at;

    protected Escalation() {
    }

    Escalation(EscalationReason reason, Instant at) {
        this.reason = reason;
        this.at = at;
    }

    public EscalationReason reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
