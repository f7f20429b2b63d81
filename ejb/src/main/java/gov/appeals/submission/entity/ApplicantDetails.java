package gov.appeals.submission.entity;

/** Who appeals, as given; all parts optional. No name and no contact means anonymous. */
public record ApplicantDetails(String fullName, String phone, String email, String address, String nationalId) {

    public boolean identifiesSomeone() {
        return present(fullName) && (present(phone) || present(email) || present(address) || present(nationalId));
    }

    public boolean blank() {
        return !present(fullName) && !present(phone) && !present(email) && !present(address) && !present(nationalId);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
