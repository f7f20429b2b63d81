package gov.appeals.submission.control;

import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.Open311Report;
import gov.appeals.submission.entity.RadioCall;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The intake rules, once for every door: the hotline, the reception desks, the radio desk, the
 * registry, the office's mailbox, Open311, and the check that files nothing. A door maps its own
 * format (JSON, a multipart letter, a mail, a GeoReport form) onto an {@link AppealSubmission},
 * refusing only what it cannot read at all (a date that is no date); everything else is decided
 * here, every broken rule at once, so that an operator on a call fixes everything in one go.
 */
@ApplicationScoped
public class SubmissionRules {

    public static final int MAX_SUMMARY = 20_000;
    public static final int MAX_NAME = 300;
    /** Consoles' clocks drift: a receivedAt this far ahead of the server is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,24}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    static final Pattern NATIONAL_ID = Pattern.compile("[0-9A-Za-z-]{4,20}");

    static final String KINDS = "PROPOSAL, APPLICATION, COMPLAINT, CONSULTATION";
    static final String PHONE_RULE = "must be a phone number: digits, optionally a leading +, spaces, dashes, brackets";

    @Inject
    ReferenceCatalog catalog;

    @Inject
    Clock clock;

    /** What the rules found: the checked submission when none is broken, the broken ones otherwise. */
    public record Result(CheckedSubmission checked, List<Violation> violations) {
        public boolean accepted() {
            return checked != null;
        }
    }

    public Result check(AppealSubmission s) {
        List<Violation> found = new ArrayList<>();
        Check check = new Check(found);
        if (s.kind() == null) {
            check.add("kind", "is required: one of " + KINDS);
        }
        if (s.summary() == null || s.summary().isBlank()) {
            check.add("summary", "is required: what the citizen asks, proposes or complains about");
        } else {
            check.atMost("summary", s.summary(), MAX_SUMMARY);
        }
        check.matches("language", s.language(), LANGUAGE, "must be a language code such as ky, ru, kk or en");
        check.code("category", s.category(), catalog::isCategory, "subject");
        check.code("region", s.region(), catalog::isRegion, "region");
        check.code("respondent", s.respondent(), catalog::isBody, "body");
        if (s.respondent() != null && s.kind() != null && s.kind() != AppealKind.COMPLAINT) {
            check.add("respondent", "is for complaints only: the body a complaint is about");
        }
        if (s.signatories() != null && (s.signatories() < 1 || s.signatories() > 1_000_000)) {
            check.add("signatories", "must be from 1 to 1000000");
        }
        applicant(s.applicant(), check);
        if (s.receivedAt() == null) {
            check.add("receivedAt", "is required");
        } else if (s.receivedAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_SKEW))) {
            check.add("receivedAt", "must not be in the future");
        }
        channelDetails(s, check);
        return found.isEmpty() ? new Result(new CheckedSubmission(s), List.of()) : new Result(null, List.copyOf(found));
    }

    private static void applicant(ApplicantDetails a, Check check) {
        if (a == null) {
            return;
        }
        check.atMost("applicant.fullName", a.fullName(), MAX_NAME);
        check.matches("applicant.phone", a.phone(), PHONE, PHONE_RULE);
        if (a.email() != null && (a.email().length() > 254 || !EMAIL.matcher(a.email()).matches())) {
            check.add("applicant.email", "must be an e-mail address");
        }
        check.atMost("applicant.address", a.address(), 500);
        check.matches("applicant.nationalId", a.nationalId(), NATIONAL_ID, "must be 4 to 20 letters, digits or dashes");
    }

    /** The part of the submission its channel needs, and only that one. */
    private void channelDetails(AppealSubmission s, Check check) {
        Channel channel = s.channel();
        if (channel == null) {
            check.add("channel", "is required");
            return;
        }
        // A reconsideration is opened by the citizen's verdict, not taken down at a door: it has no call, visit or letter.
        boolean atADoor = s.reconsiderationOf() == null;
        check.present("phoneCall", s.phoneCall(), channel == Channel.PHONE, atADoor);
        check.present("receptionVisit", s.receptionVisit(), channel == Channel.RECEPTION, atADoor);
        check.present("radioCall", s.radioCall(), channel == Channel.RADIO, atADoor);
        check.present("open311", s.open311(), s.letter() != null && s.letter().receivedVia() == ReceivedVia.OPEN311, true);
        if (s.phoneCall() != null) {
            if (s.phoneCall().callerNumber() == null || s.phoneCall().callerNumber().isBlank()) {
                check.add("phoneCall.callerNumber", "is required: the number the citizen calls from");
            } else {
                check.matches("phoneCall.callerNumber", s.phoneCall().callerNumber(), PHONE, PHONE_RULE);
            }
            check.atMost("phoneCall.callId", s.phoneCall().callId(), 100);
        }
        if (s.receptionVisit() != null) {
            if (s.receptionVisit().receptionPoint() == null) {
                check.add("receptionVisit.receptionPoint", "is required: the desk's reception point");
            } else {
                check.code("receptionVisit.receptionPoint", s.receptionVisit().receptionPoint(), catalog::isReceptionPoint,
                        "reception point");
            }
            check.atMost("receptionVisit.ticketNumber", s.receptionVisit().ticketNumber(), 40);
        }
        if (s.radioCall() != null) {
            radioCall(s.radioCall(), check);
        }
        if (s.letter() != null) {
            letter(s.letter(), s.receivedAt(), channel, check);
        } else if (atADoor && (channel == Channel.WRITTEN || channel == Channel.ELECTRONIC)) {
            check.add("letter", "is required for a " + channel.name().toLowerCase(Locale.ROOT) + " appeal");
        }
        if (s.open311() != null) {
            open311(s.open311(), check);
        }
    }

    private static void radioCall(RadioCall r, Check check) {
        if (r.programme() == null || r.programme().isBlank()) {
            check.add("radioCall.programme", "is required: the programme the appeal was made on");
        } else {
            check.atMost("radioCall.programme", r.programme(), 200);
        }
        if (r.airDate() == null) {
            check.add("radioCall.airDate", "is required: the day of the broadcast");
        }
        check.atMost("radioCall.episode", r.episode(), 100);
        check.atMost("radioCall.onAirAnswer", r.onAirAnswer(), MAX_SUMMARY);
        if (r.answeredOnAir() && (r.onAirAnswer() == null || r.onAirAnswer().isBlank())) {
            check.add("radioCall.onAirAnswer", "must be given when answeredOnAir is true");
        }
    }

    private static void letter(Letter l, OffsetDateTime received, Channel channel, Check check) {
        if (l.receivedVia() == null) {
            check.add("letter.receivedVia", "is required: one of POST, COURIER, HAND");
            return;
        }
        boolean written = l.receivedVia() == ReceivedVia.POST || l.receivedVia() == ReceivedVia.COURIER
                || l.receivedVia() == ReceivedVia.HAND;
        if (written != (channel == Channel.WRITTEN)) {
            check.add("letter.receivedVia", written ? "must be EMAIL or OPEN311 for an electronic appeal"
                    : "must be one of POST, COURIER, HAND for a letter");
        }
        check.atMost("letter.letterNumber", l.letterNumber(), 60);
        if (l.letterDate() != null && received != null && l.letterDate().isAfter(received.toLocalDate().plusDays(1))) {
            check.add("letter.letterDate", "must not be after the letter was received");
        }
    }

    private static void open311(Open311Report r, Check check) {
        if ((r.latitude() == null) != (r.longitude() == null)) {
            check.add(r.latitude() == null ? "open311.latitude" : "open311.longitude", "lat and long are sent together");
        }
        if (r.latitude() != null && !(Math.abs(r.latitude()) <= 90)) {
            check.add("open311.latitude", "must be a decimal number of degrees (WGS84) between -90 and 90");
        }
        if (r.longitude() != null && !(Math.abs(r.longitude()) <= 180)) {
            check.add("open311.longitude", "must be a decimal number of degrees (WGS84) between -180 and 180");
        }
        if (r.latitude() == null && r.addressString() == null && r.addressId() == null) {
            check.add("open311.latitude", "a location is required: lat and long, or address_string, or address_id");
        }
        check.atMost("open311.addressString", r.addressString(), 500);
        check.atMost("open311.addressId", r.addressId(), 100);
        if (r.mediaUrl() != null && (r.mediaUrl().length() > 1000 || !webAddress(r.mediaUrl()))) {
            check.add("open311.mediaUrl", "must be an http or https URL of at most 1000 characters");
        }
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The violations found so far; a field is reported once, with its first fault. */
    private record Check(List<Violation> found) {

        void add(String field, String message) {
            if (found.stream().noneMatch(v -> v.field().equals(field))) {
                found.add(new Violation(field, message));
            }
        }

        void atMost(String field, String value, int max) {
            if (value != null && value.length() > max) {
                add(field, "must be at most " + max + " characters");
            }
        }

        void matches(String field, String value, Pattern pattern, String message) {
            if (value != null && !pattern.matcher(value).matches()) {
                add(field, message);
            }
        }

        void code(String field, String code, Predicate<String> exists, String what) {
            if (code == null) {
                return;
            }
            if (!CODE.matcher(code).matches()) {
                add(field, "must be an upper-case code");
            } else if (!exists.test(code)) {
                add(field, "unknown " + what + " code " + code + " (see /api/v1/reference)");
            }
        }

        void present(String field, Object part, boolean expected, boolean required) {
            if (part == null && expected && required) {
                add(field, "is required for this channel");
            } else if (part != null && !expected) {
                add(field, "is not part of this channel's appeal");
            }
        }
    }
}
