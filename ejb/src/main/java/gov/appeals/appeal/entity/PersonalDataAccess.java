package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An entry of the access log: someone read an appeal's personal data, text or files. Written with
 * the read and never changed by the application afterwards, except that the access log seals it
 * into its hash chain (columns this entity does not map, so it cannot overwrite them).
 */
@Entity
@Table(name = "personal_data_access")
@NamedQuery(name = PersonalDataAccess.OF_APPEAL,
        query = "select a from PersonalDataAccess a where a.registrationNumber = :number order by a.at, a.id")
@NamedQuery(name = PersonalDataAccess.BODIES_OF_APPEAL,
        query = "select distinct a.readerBody from PersonalDataAccess a where a.registrationNumber = :number"
                + " and a.readerBody is not null order by a.readerBody")
public class PersonalDataAccess {

    public static final String OF_APPEAL = "PersonalDataAccess.ofAppeal";
    public static final String BODIES_OF_APPEAL = "PersonalDataAccess.bodiesOfAppeal";

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

    /** What was read: APPEAL, NOTIFICATIONS, ATTACHMENTS, ATTACHMENT 17. */
    @Column(nullable = false, length = 40)
    private String what;

    /** The reader's network address as the server saw it. */
    @Column(length = 64)
    private String address;

    /** The body the reader works for; null for the appeals office's own staff. */
    @Column(name = "reader_body", length = 40)
    private String readerBody;

    protected PersonalDataAccess() {
    }

    /** {@code at} is kept to the millisecond, as every database stores it alike and the chain hashes it. */
    public PersonalDataAccess(Instant at, String actor, String registrationNumber, String what, String address,
            String readerBody) {
        this.at = at.truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor;
        this.registrationNumber = registrationNumber;
        this.what = what;
        this.address = address;
        this.readerBody = readerBody;
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

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getWhat() {
        return what;
    }

    public String getAddress() {
        return address;
    }

    public String getReaderBody() {
        return readerBody;
    }
}
