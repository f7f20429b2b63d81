package gov.appeals.registration.control;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.ApplicantDetails;
import gov.appeals.registration.entity.AppealStatus;
import gov.appeals.registration.entity.LinkType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys that recognise the same person across channels: a phone number (the applicant's, or
 * the number a hotline call came from), an e-mail address, a national ID, each normalised so that
 * {@code +996 555 12-34-56} at the hotline and {@code 0555 123456} at a reception desk match.
 */
public record ApplicantMatch(String phone, String email, String nationalId) {

    /** Digits kept from the end of a phone number: the subscriber number without country or trunk prefix. */
    static final int PHONE_DIGITS = 9;

    public static ApplicantMatch of(AppealSubmission s) {
        ApplicantDetails a = s.applicant();
        String phone = a != null && a.phone() != null ? a.phone()
                : s.phoneCall() != null ? s.phoneCall().callerNumber() : null;
        return new ApplicantMatch(phone(phone), a == null ? null : email(a.email()), a == null ? null : nationalId(a.nationalId()));
    }

    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return null; // an extension or a fragment identifies nobody
        }
        return digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits;
    }

    static String email(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    static String nationalId(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        return id.isEmpty() ? null : id;
    }

    public boolean identifiesSomeone() {
        return phone != null || email != null || nationalId != null;
    }

    /** An earlier appeal of the same person on the same subject, as the matcher sees it. */
    public record Earlier(long id, AppealStatus status, boolean answered, java.time.Instant registeredAt) {
    }

    /** What a new appeal is to the earlier ones found. */
    public record Verdict(LinkType type, Earlier earlier) {
    }

    /**
     * Still open: a duplicate of the oldest open one (the original, which one answer closes with
     * it). Otherwise, if one was answered: a repeat of the latest answered. Appeals settled at
     * intake without an answer (advice given) are neither.
     */
    public static Optional<Verdict> judge(List<Earlier> earlier) {
        Optional<Earlier> open = earlier.stream().filter(e -> AppealStatus.OPEN.contains(e.status()))
                .min(Comparator.comparing(Earlier::registeredAt).thenComparing(Earlier::id));
        if (open.isPresent()) {
            return Optional.of(new Verdict(LinkType.DUPLICATE, open.get()));
        }
        return earlier.stream().filter(Earlier::answered)
                .max(Comparator.comparing(Earlier::registeredAt).thenComparing(Earlier::id))
                .map(e -> new Verdict(LinkType.REPEAT, e));
    }
}
