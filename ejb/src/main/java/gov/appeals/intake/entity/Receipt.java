package gov.appeals.intake.entity;

import gov.appeals.submission.entity.Channel;
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
import java.util.Optional;
import java.util.UUID;

/**
 * What the citizen is owed the moment an appeal is taken down: a unique number, the time and who
 * took it. It exists before the appeal is registered, so that the operator can read it out
 * during the call, and it follows the appeal's fate through the queue. Until the appeal is
 * registered it also holds the whole submission: the database, not the broker, is the record of
 * what was accepted, and a message that never reached the queue is sent again from here.
 */
@Entity
@Table(name = "receipt")
@NamedQuery(name = Receipt.BY_REQUEST,
        query = "select r from Receipt r where r.request = :request order by r.position")
@NamedQuery(name = Receipt.WAITING_SINCE,
        query = "select r.id from Receipt r where r.status = gov.appeals.intake.entity.ReceiptStatus.QUEUED"
                + " and r.handedOverAt < :before and r.submission is not null order by r.handedOverAt")
@NamedQuery(name = Receipt.BY_IDS, query = "select r from Receipt r where r.id in :ids")
public class Receipt {

    public static final String BY_REQUEST = "Receipt.byRequest";
    /** Queued receipts whose message was last handed over before {@code :before}, oldest first. */
    public static final String WAITING_SINCE = "Receipt.waitingSince";
    public static final String BY_IDS = "Receipt.byIds";

    /** Whatever the submission, a receipt row stays within its column (a radio appeal is at most ~100 kB). */
    static final int SUBMISSION_MAX = 1_000_000;

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

    /** Where registration sent the appeal (null: a dispatcher routes it) and by when it must be answered. */
    @Column(name = "body_code", length = 40)
    private String bodyCode;

    @Column(name = "due_at")
    private Instant dueAt;

    /** The intake message (JSON) while the appeal waits for registration; cleared once it is registered. */
    @Column(length = SUBMISSION_MAX)
    private String submission;

    /** When its message was last sent to the intake queue, or claimed for sending. */
    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    /** How often its message was sent: more than once only after a send that was lost or failed. */
    @Column(name = "hand_overs", nullable = false)
    private int handOvers;

    /** Which sending of its message registered it (1: the one at intake; more: one the relay sent again). */
    @Column(name = "registered_hand_over")
    private Integer registeredHandOver;

    /** Why this receipt was written again after it went missing; null for a receipt written at intake. */
    @Column(length = 500)
    private String recreated;

    protected Receipt() {
    }

    /**
     * A receipt given at intake: queued, its message to be sent once this commits.
     *
     * @param handedOverAt when its message is sent, by the system clock (the relay compares it with
     *            the broker's timestamps, never with a clock moved for acceptance tests)
     */
    public Receipt(UUID id, Channel channel, String filedBy, Instant acceptedAt, IntakeRequest request, int position,
            String submission, Instant handedOverAt) {
        this.id = id;
        this.channel = channel;
        this.filedBy = filedBy;
        this.acceptedAt = acceptedAt;
        this.request = request;
        this.position = position;
        this.status = ReceiptStatus.QUEUED;
        this.submission = submission;
        this.handedOverAt = handedOverAt;
        this.handOvers = 1;
    }

    /**
     * The receipt of a message whose receipt the database does not have (restored from a backup
     * taken before it, or lost with a crash): written again from what the message carries.
     */
    public static Receipt recreated(IntakeMessage message, String submission, String why) {
        Receipt receipt = new Receipt(message.receiptId(), message.appeal().channel(), message.filedBy(),
                message.acceptedAt(), null, 0, submission, Instant.now());
        receipt.recreated = why.length() > 500 ? why.substring(0, 500) : why;
        return receipt;
    }

    public void registered(String number, String accessCode, String bodyCode, Instant dueAt, int byHandOver) {
        this.status = ReceiptStatus.REGISTERED;
        this.registeredHandOver = byHandOver;
        this.registrationNumber = number;
        this.accessCode = accessCode;
        this.bodyCode = bodyCode;
        this.dueAt = dueAt;
        this.reason = null;
        // The appeal now holds all of it; personal data is not kept twice.
        this.submission = null;
    }

    /** Held by this intake request again: the request's own row was lost in a crash that kept this one. */
    public void belongsTo(IntakeRequest request) {
        this.request = request;
    }

    /** Claimed by the relay: its message is sent again now. */
    public void handedOverAgain(Instant at) {
        this.handedOverAt = at;
        this.handOvers++;
    }

    public void rejected(String why) {
        this.status = ReceiptStatus.REJECTED;
        this.reason = why;
    }

    /**
     * Waits for registration again, after a failure that has been dealt with: the relay sends its
     * submission at its next run.
     */
    public void requeued(String submission) {
        this.status = ReceiptStatus.QUEUED;
        this.reason = null;
        this.submission = submission;
        this.handedOverAt = Instant.EPOCH;
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

    public int getPosition() {
        return position;
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

    /** The body registration sent the appeal to; null while a dispatcher must route it, or before registration. */
    public String getBodyCode() {
        return bodyCode;
    }

    /** The legal due date registration set; null before registration, or when nothing is to be answered. */
    public Instant getDueAt() {
        return dueAt;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public int getDuplicateDeliveries() {
        return duplicateDeliveries;
    }

    public String getSubmission() {
        return submission;
    }

    public int getHandOvers() {
        return handOvers;
    }

    /** Why the receipt was written again, or empty for one written at intake. */
    public Optional<String> getRecreated() {
        return Optional.ofNullable(recreated);
    }
}
