package gov.appeals.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What the citizen is owed the moment an appeal is taken down: a unique number, the time and who
 * took it. It exists before the appeal is registered, so that the operator can read it out
 * during the call, and it follows the appeal's fate through the queue.
 */
@Entity
@Table(name = "receipt")
@NamedQuery(name = Receipt.BY_REQUEST,
        query = "select r from Receipt r where r.request = :request order by r.position")
public class Receipt {

    public static final String BY_REQUEST = "Receipt.byRequest";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReceiptStatus status;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    /** The intake request that carried an Idempotency-Key, if one did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private IntakeRequest request;

    /** Place in its request: radio batches answer receipts in input order. */
    private int position;

    @Column(name = "registration_number", length = 20)
    private String registrationNumber;

    @Column(length = 500)
    private String reason;

    /** Deliveries that arrived after registration and were ignored: evidence that no appeal was registered twice. */
    @Column(name = "duplicate_deliveries", nullable = false)
    private int duplicateDeliveries;

    /** The appeal's access code, for the one who filed it to read out to the citizen. */
    @Column(name = "access_code", length = 12)
    private String accessCode;

    protected Receipt() {
    }

    public Receipt(UUID id, Channel channel, String filedBy, Instant acceptedAt, IntakeRequest request, int position) {
        this.id = id;
        this.channel = channel;
        this.filedBy = filedBy;
        this.acceptedAt = acceptedAt;
        this.request = request;
        this.position = position;
        this.status = ReceiptStatus.QUEUED;
    }

    public void registered(String number, String accessCode) {
        this.status = ReceiptStatus.REGISTERED;
        this.registrationNumber = number;
        this.accessCode = accessCode;
        this.reason = null;
    }

    public void rejected(String why) {
        this.status = ReceiptStatus.REJECTED;
        this.reason = why;
    }

    /** Its message was sent to the intake queue again, after a failure that has been dealt with. */
    public void requeued() {
        this.status = ReceiptStatus.QUEUED;
        this.reason = null;
    }

    public void duplicateDeliveryIgnored() {
        this.duplicateDeliveries++;
    }

    public boolean isRegistered() {
        return status == ReceiptStatus.REGISTERED;
    }

    public UUID getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public ReceiptStatus getStatus() {
        return status;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public int getDuplicateDeliveries() {
        return duplicateDeliveries;
    }
}
