package gov.appeals.registration.entity;

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
import java.util.UUID;

/**
 * An intake message that could not be registered after the broker's last attempt. Its payload is
 * kept whole so that nothing accepted is lost: an administrator sees why it failed and can replay it.
 */
@Entity
@Table(name = "dead_letter")
@NamedQuery(name = DeadLetter.BY_MESSAGE, query = "select d from DeadLetter d where d.messageId = :messageId")
public class DeadLetter {

    public static final String BY_MESSAGE = "DeadLetter.byMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dead_letter_seq")
    @SequenceGenerator(name = "dead_letter_seq", sequenceName = "dead_letter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "receipt_id")
    private UUID receiptId;

    @Column(name = "message_id", length = 200)
    private String messageId;

    @Column(nullable = false, length = 1000000)
    private String payload;

    @Column(length = 1000)
    private String error;

    @Column(name = "delivery_attempts", nullable = false)
    private int deliveryAttempts;

    @Column(name = "dead_at", nullable = false)
    private Instant deadAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DEAD;

    @Column(name = "replayed_at")
    private Instant replayedAt;

    @Column(name = "replayed_by", length = 100)
    private String replayedBy;

    public enum Status {
        /** Waiting for an administrator. */
        DEAD,
        /** Its receipt is QUEUED again, and the intake relay sends it back to the queue. */
        REPLAYED
    }

    protected DeadLetter() {
    }

    public DeadLetter(UUID receiptId, String messageId, String payload, String error, int deliveryAttempts, Instant deadAt) {
        this.receiptId = receiptId;
        this.messageId = messageId;
        this.payload = payload;
        this.error = error;
        this.deliveryAttempts = deliveryAttempts;
        this.deadAt = deadAt;
    }

    public void replayed(String by, Instant at) {
        this.status = Status.REPLAYED;
        this.replayedBy = by;
        this.replayedAt = at;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getReplayedAt() {
        return replayedAt;
    }

    public String getReplayedBy() {
        return replayedBy;
    }

    public Long getId() {
        return id;
    }

    public UUID getReceiptId() {
        return receiptId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getPayload() {
        return payload;
    }

    public String getError() {
        return error;
    }

    public int getDeliveryAttempts() {
        return deliveryAttempts;
    }

    public Instant getDeadAt() {
        return deadAt;
    }
}
