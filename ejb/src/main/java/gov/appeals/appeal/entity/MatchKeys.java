package gov.appeals.appeal.entity;

import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import java.util.Locale;

/**
 * The keys that recognise the same person across channels: a phone number (the applicant's, or
 * the number a hotline call came from), an e-mail address, a national ID, each normalised so that
 * {@code +996 555 12-34-56} at the hotline and {@code 0555 123456} at a reception desk match.
 */
public record MatchKeys(String phone, String email, String nationalId) {

    /** Digits kept from the end of a phone number: the subscriber number without country or trunk prefix. */
    static final int PHONE_DIGITS = 9;

    public static MatchKeys of(AppealSubmission s) {
        ApplicantDetails a = s.applicant();
        String phone = a != null && a.phone() != null ? a.phone()
                : s.phoneCall() != null ? s.phoneCall().callerNumber() : null;
        return new MatchKeys(phone(phone), a == null ? null : email(a.email()), a == null ? null : nationalId(a.nationalId()));
    }

    /** The key of a phone number as typed, or null when it holds too few digits to identify anyone. */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return null; // an extension or a fragment identifies nobody
        }
        return digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits;
    }

    public static String email(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static String nationalId(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        return id.isEmpty() ? null : id;
    }

    public boolean identifiesSomeone() {
        return phone != null || email != null || nationalId != null;
    }
}
