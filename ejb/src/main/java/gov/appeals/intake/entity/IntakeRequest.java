package gov.appeals.intake.entity;

import gov.appeals.submission.entity.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An intake request that carried an {@code Idempotency-Key}: a console that retries after a
 * timeout gets the receipts it was given the first time, never a second appeal.
 */
@Entity
@Table(name = "intake_request")
@NamedQuery(name = IntakeRequest.BY_KEY,
        query = "select r from IntakeRequest r where r.filedBy = :filedBy and r.idempotencyKey = :key")
public class IntakeRequest {

    public static final String BY_KEY = "IntakeRequest.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_request_seq")
    @SequenceGenerator(name = "intake_request_seq", sequenceName = "intake_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    /** SHA-256 of the request's content: the same key with another body is a client error. */
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IntakeRequest() {
    }

    public IntakeRequest(String filedBy, String idempotencyKey, String requestHash, Channel channel, Instant createdAt) {
        this.filedBy = filedBy;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    public boolean sameContentAs(String hash, Channel otherChannel) {
        return requestHash.equals(hash) && channel == otherChannel;
    }

    public Long getId() {
        return id;
    }
}
