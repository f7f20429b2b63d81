package gov.appeals.operations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An applicant's personal data erased on request: who ordered it, why, and which appeals it covered. */
@Entity
@Table(name = "erasure")
public class Erasure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_seq")
    @SequenceGenerator(name = "erasure_seq", sequenceName = "erasure_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 2000)
    private String reason;

    /** The registration numbers, separated by spaces. */
    @Column(name = "registration_numbers", nullable = false, length = 20000)
    private String registrationNumbers;

    @Column(nullable = false)
    private int appeals;

    /** The applicant's submissions that never became an appeal (rejected, dead letters), erased with them. */
    @Column(name = "submissions_without_appeal", nullable = false)
    private int submissionsWithoutAppeal;

    protected Erasure() {
    }

    public Erasure(Instant at, String actor, String reason, List<String> registrationNumbers, int submissionsWithoutAppeal) {
        this.at = at;
        this.actor = actor;
        this.reason = reason;
        this.registrationNumbers = String.join(" ", registrationNumbers);
        this.appeals = registrationNumbers.size();
        this.submissionsWithoutAppeal = submissionsWithoutAppeal;
    }

    public int getSubmissionsWithoutAppeal() {
        return submissionsWithoutAppeal;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public List<String> getRegistrationNumbers() {
        return registrationNumbers.isEmpty() ? List.of() : Arrays.asList(registrationNumbers.split(" "));
    }

    public int getAppeals() {
        return appeals;
    }
}
