package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.ApplicantDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The applicant as the operator takes it down; every part is optional. */
public class ApplicantRequest {

    @Size(max = 300)
    public String fullName;

    @Pattern(regexp = AppealRequest.PHONE, message = "must be a phone number: digits, optionally a leading +, spaces, dashes, brackets")
    public String phone;

    @Email
    @Size(max = 254)
    public String email;

    @Size(max = 500)
    public String address;

    @Pattern(regexp = "[0-9A-Za-z-]{4,20}", message = "must be 4 to 20 letters, digits or dashes")
    public String nationalId;

    ApplicantDetails toDetails() {
        ApplicantDetails details = new ApplicantDetails(trim(fullName), trim(phone), trim(email), trim(address), trim(nationalId));
        return details.blank() ? null : details;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
