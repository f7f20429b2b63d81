package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record that someone read an appeal with its applicant's personal data: who, when, which. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_access_seq")
    @SequenceGenerator(name = "personal_data_access_seq", sequenceName = "personal_data_access_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "registration_number", nullable = false, length = 20)
    private String registrationNumber;

    protected PersonalDataAccess() {
    }

    public PersonalDataAccess(Instant at, String actor, String registrationNumber) {
        this.at = at;
        this.actor = actor;
        this.registrationNumber = registrationNumber;
    }
}
