package gov.appeals.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message owed to a citizen, in the outbox: written in the transaction of the change it tells
 * about, sent after that commits, retried with growing pauses until it is accepted or given up.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "appeal_id", nullable = false)
    private Long appealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Medium medium;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    /** Room for an answer of the longest allowed (20,000 characters) and the template around it. */
    @Column(nullable = false, length = 40000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    public Notification(Long appealId, NotificationEvent event, Medium medium, String recipient, String language,
            String subject, String body, Instant createdAt) {
        this.appealId = appealId;
        this.event = event;
        this.medium = medium;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
        this.status = NotificationStatus.PENDING;
    }

    public void sent(Instant at) {
        status = NotificationStatus.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /**
     * A failed attempt: tried again after a pause that doubles each time (30 s to 1 h), or given up.
     * The error is kept without the recipient: mail servers quote the address they refused, and the
     * failures are listed to people who do not read the appeal (the failed-notifications watchlist).
     */
    public void failed(Instant at, String error, int maxAttempts) {
        attempts++;
        String kept = withoutAddresses(error, recipient);
        lastError = kept.length() > 1000 ? kept.substring(0, 1000) : kept;
        if (attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
            return;
        }
        status = NotificationStatus.RETRYING;
        long pause = Math.min(3600, 30L << Math.min(attempts - 1, 10));
        nextAttemptAt = at.plus(Duration.ofSeconds(pause));
    }

    /** What stands in an error's text where an address or a phone number was. */
    public static final String RECIPIENT = "[recipient]";
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");
    /** Seven digits or more, with single spaces, dashes or brackets between them; not dotted (an IP address, a status code). */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[ ()-]?\\d){6,}");

    static String withoutAddresses(String error, String recipient) {
        String text = error == null ? "" : error;
        if (recipient != null && !recipient.isBlank()) {
            text = Pattern.compile(Pattern.quote(recipient.strip()), Pattern.CASE_INSENSITIVE).matcher(text)
                    .replaceAll(Matcher.quoteReplacement(RECIPIENT));
        }
        text = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(RECIPIENT));
        return PHONE.matcher(text).replaceAll(Matcher.quoteReplacement(RECIPIENT));
    }

    public Long getId() {
        return id;
    }

    public Long getAppealId() {
        return appealId;
    }

    public NotificationEvent getEvent() {
        return event;
    }

    public Medium getMedium() {
        return medium;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
