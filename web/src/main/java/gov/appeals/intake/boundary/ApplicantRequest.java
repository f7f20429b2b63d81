package gov.appeals.intake.boundary;

import gov.appeals.submission.entity.ApplicantDetails;

/** The applicant as the operator takes it down; every part is optional. */
public class ApplicantRequest {

    public String fullName;

    public String phone;

    public String email;

    public String address;

    public String nationalId;

    ApplicantDetails toDetails() {
        ApplicantDetails details = new ApplicantDetails(trim(fullName), trim(phone), trim(email), trim(address), trim(nationalId));
        return details.blank() ? null : details;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
