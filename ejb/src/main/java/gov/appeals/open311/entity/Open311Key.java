package gov.appeals.open311.entity;

import gov.appeals.platform.Digests;
import gov.appeals.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The key an Open311 client (a civic app, a city's integration) files appeals with. The key itself
 * is shown once, when issued; only its SHA-256 is kept, which is enough for a random key of 256
 * bits, and a prefix that lets an administrator tell keys apart. A revoked key stays: the appeals
 * it filed name it.
 */
@Entity
@Table(name = "open311_key")
@NamedQuery(name = Open311Key.BY_HASH, query = "select k from Open311Key k where k.keyHash = :hash")
@NamedQuery(name = Open311Key.ALL, query = "select k from Open311Key k order by k.issuedAt desc, k.id desc")
public class Open311Key {

    public static final String BY_HASH = "Open311Key.byHash";
    public static final String ALL = "Open311Key.all";
    public static final int PREFIX_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_key_seq")
    @SequenceGenerator(name = "open311_key_seq", sequenceName = "open311_key_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String client;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 12)
    private String keyPrefix;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected Open311Key() {
    }

    public static Open311Key issued(String client, String key, int requestsPerMinute, String by, Instant at) {
        Open311Key k = new Open311Key();
        k.client = client;
        k.keyHash = hash(key);
        k.keyPrefix = key.substring(0, PREFIX_LENGTH);
        k.requestsPerMinute = requestsPerMinute;
        k.issuedBy = by;
        k.issuedAt = at;
        return k;
    }

    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw Refusal.notAllowed("Open311 key " + id + " was revoked already, at " + revokedAt);
        }
        revokedAt = at;
        revokedBy = by;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public static String hash(String key) {
        return Digests.sha256Hex(key);
    }

    public Long getId() {
        return id;
    }

    public String getClient() {
        return client;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
