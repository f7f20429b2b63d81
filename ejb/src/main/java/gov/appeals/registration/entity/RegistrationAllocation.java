package gov.appeals.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The registration number, and the body and official, reserved for one receipt. Written and
 * committed before the appeal itself, and reused by every later attempt for the same receipt, so
 * that a failed attempt neither burns a number nor charges an official twice.
 */
@Entity
@Table(name = "registration_allocation")
public class RegistrationAllocation {

    @Id
    @Column(name = "receipt_id")
    private UUID receiptId;

    @Column(name = "registration_number", nullable = false, unique = true, length = 20)
    private String registrationNumber;

    @Column(name = "body_code", length = 40)
    private String bodyCode;

    @Column(name = "official_id")
    private Long officialId;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    protected RegistrationAllocation() {
    }

    public RegistrationAllocation(UUID receiptId, String registrationNumber, String bodyCode, Long officialId,
            Instant allocatedAt) {
        this.receiptId = receiptId;
        this.registrationNumber = registrationNumber;
        this.bodyCode = bodyCode;
        this.officialId = officialId;
        this.allocatedAt = allocatedAt;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public Long getOfficialId() {
        return officialId;
    }
}
