package gov.appeals.appeal.entity;

import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who appealed, as they gave it, and the normalised keys that find their other appeals. The
 * {@code anonymous} flag is never null, so an appeal always has an applicant, even a nameless one.
 */
@Embeddable
public class Applicant {

    @Column(name = "applicant_full_name", length = 300)
    private String fullName;
    @Column(name = "applicant_phone", length = 40)
    private String phone;
    @Column(name = "applicant_email", length = 254)
    private String email;
    @Column(name = "applicant_address", length = 500)
    private String address;
    @Column(name = "applicant_national_id", length = 20)
    private String nationalId;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "match_phone", length = 20)
    private String matchPhone;
    @Column(name = "match_email", length = 254)
    private String matchEmail;
    @Column(name = "match_national_id", length = 20)
    private String matchNationalId;

    protected Applicant() {
    }

    static Applicant of(AppealSubmission s) {
        Applicant applicant = new Applicant();
        applicant.anonymous = s.anonymous();
        ApplicantDetails a = s.applicant();
        if (a != null) {
            applicant.fullName = a.fullName();
            applicant.phone = a.phone();
            applicant.email = a.email();
            applicant.address = a.address();
            applicant.nationalId = a.nationalId();
        }
        return applicant;
    }

    void matchedBy(MatchKeys keys) {
        matchPhone = keys.phone();
        matchEmail = keys.email();
        matchNationalId = keys.nationalId();
    }

    /** The details as given, or null when none were. */
    public ApplicantDetails details() {
        if (fullName == null && phone == null && email == null && address == null && nationalId == null) {
            return null;
        }
        return new ApplicantDetails(fullName, phone, email, address, nationalId);
    }

    /** A citizen with a name is owed an answer; an anonymous or nameless appeal gets no messages. */
    public boolean isNamed() {
        return fullName != null && !fullName.isBlank();
    }

    public String fullName() {
        return fullName;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public MatchKeys matchKeys() {
        return new MatchKeys(matchPhone, matchEmail, matchNationalId);
    }
}
