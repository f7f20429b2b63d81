package gov.appeals.appeal.entity;

import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.routing.entity.Official;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.PhoneCall;
import gov.appeals.submission.entity.ReceptionVisit;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Appeals built as registration builds them, for unit tests of the components that work on them. */
public final class TestAppeals {

    public static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    public static final Category SOCIAL = new Category("SOCIAL", "ky", "ru", "en", 1);
    public static final Body LABOUR = new Body("MIN_LABOUR_SOCIAL", "ky", "ru", "en", 1);

    private TestAppeals() {
    }

    public static AppealSubmission submission(Channel channel, AppealKind kind, ApplicantDetails applicant) {
        return new AppealSubmission(channel, kind, "Пенсия", "ru", "SOCIAL", null, applicant, null, null,
                OffsetDateTime.parse("2026-11-23T10:00:00+06:00"),
                channel == Channel.PHONE ? new PhoneCall("+996 555 000 111", null) : null,
                channel == Channel.RECEPTION ? new ReceptionVisit("BISHKEK_CENTRAL", null) : null, null,
                null, null, null, null);
    }

    public static Appeal registered(String number, AppealSubmission s) {
        return Appeal.registered(number, UUID.randomUUID(), "operator", s, SOCIAL, null, null, null, NOW);
    }

    /** A phone appeal of a named citizen, registered under {@code number}. */
    public static Appeal registered(String number) {
        return registered(number, submission(Channel.PHONE, AppealKind.APPLICATION,
                new ApplicantDetails("Иванова Анна", null, null, null, null)));
    }

    /** Registered and assigned to {@code official} of the Ministry of Labour. */
    public static Appeal assignedTo(String number, Official official) {
        return assignedTo(number, official, LABOUR);
    }

    public static Appeal assignedTo(String number, Official official, Body body) {
        Appeal a = registered(number);
        official.appealAssigned();
        a.routedAtRegistration(NOW, body, official, "Rule", NOW.plusSeconds(14 * 86_400), NOW.plusSeconds(5 * 86_400));
        return a;
    }

    /** Registered and waiting for a dispatcher: no body, nobody assigned. */
    public static Appeal awaitingDispatcher(String number) {
        Appeal a = registered(number);
        a.routedAtRegistration(NOW, null, null, "No rule", NOW.plusSeconds(14 * 86_400), NOW.plusSeconds(5 * 86_400));
        return a;
    }
}
