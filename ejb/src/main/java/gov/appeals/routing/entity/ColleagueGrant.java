package gov.appeals.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A body's head lets one official see and act on a colleague's appeals (cover in an absence), until
 * it runs out or is revoked. Revoked grants are kept, for the record of who could see what.
 */
@Entity
@Table(name = "colleague_grant")
public class ColleagueGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "colleague_grant_seq")
    @SequenceGenerator(name = "colleague_grant_seq", sequenceName = "colleague_grant_seq", allocationSize = 50)
    private Long id;

    @Column(name = "body_code", nullable = false, length = 40)
    private String bodyCode;

    @Column(nullable = false, length = 100)
    private String grantee;

    @Column(nullable = false, length = 100)
    private String colleague;

    @Column(length = 2000)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    /** Null: until revoked. */
    private Instant until;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ColleagueGrant() {
    }

    public ColleagueGrant(String bodyCode, String grantee, String colleague, String reason, String grantedBy, Instant grantedAt,
            Instant until) {
        this.bodyCode = bodyCode;
        this.grantee = grantee;
        this.colleague = colleague;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.until = until;
    }

    public boolean isInForceAt(Instant at) {
        return revokedAt == null && (until == null || at.isBefore(until));
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedBy = by;
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public String getGrantee() {
        return grantee;
    }

    public String getColleague() {
        return colleague;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getUntil() {
        return until;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
