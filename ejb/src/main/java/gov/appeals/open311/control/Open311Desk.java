package gov.appeals.open311.control;

import gov.appeals.intake.control.IdempotencyKey;
import gov.appeals.intake.control.IntakeService;
import gov.appeals.intake.control.TextLanguage;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.intake.entity.ReceiptStatus;
import gov.appeals.open311.entity.Open311Key;
import gov.appeals.platform.Refusal;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.submission.control.CheckedSubmission;
import gov.appeals.submission.control.SubmissionRules;
import gov.appeals.submission.control.Violation;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.Open311Report;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files an Open311 service request as an appeal, through the same receipt, queue and registration
 * as every other door: channel ELECTRONIC, received via OPEN311, filed by the key. The answer waits
 * a moment for registration, without holding a thread ({@link RegistrationWaits}), so that most
 * clients get the registration number at once and the rest a token (the receipt's id) to ask for
 * it later.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Open311Desk {

    /** Who filed an Open311 appeal, as receipts and histories record it: the key, by id. */
    static final String FILED_BY = "open311:";
    static final int MAX_DESCRIPTION = 4000;
    /** The rules' names of a submission's fields, as GeoReport v2 names them. */
    private static final Map<String, String> GEOREPORT_NAMES = Map.ofEntries(
            Map.entry("summary", "description"), Map.entry("category", "service_code"),
            Map.entry("applicant.fullName", "first_name"), Map.entry("applicant.phone", "phone"),
            Map.entry("applicant.email", "email"), Map.entry("open311.latitude", "lat"), Map.entry("open311.longitude", "long"),
            Map.entry("open311.addressString", "address_string"), Map.entry("open311.addressId", "address_id"),
            Map.entry("open311.mediaUrl", "media_url"), Map.entry("kind", "attribute[" + ServiceCatalog.KIND + "]"),
            Map.entry("region", "attribute[" + ServiceCatalog.REGION + "]"),
            Map.entry("respondent", "attribute[" + ServiceCatalog.RESPONDENT + "]"),
            Map.entry("language", "attribute[" + ServiceCatalog.LANGUAGE + "]"));

    @Inject
    IntakeService intake;

    @Inject
    ServiceCatalog services;

    @Inject
    ReferenceCatalog reference;

    @Inject
    SubmissionRules rules;

    @Inject
    RegistrationWaits waits;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "appeals.open311.registration-wait-ms", defaultValue = "2000")
    long registrationWaitMillis;

    /** A filed request: its token, and its registration number when registration came within the wait. */
    public record Filed(UUID token, String serviceRequestId) {
    }

    /** What a token stands for: the registration number once registered, none while queued. */
    public record TokenState(UUID token, String serviceRequestId) {
    }

    /**
     * @param idempotencyKey the client's Idempotency-Key header, or null: a retried POST with the same
     *     key and form files one appeal
     * @return the filed request once registration came or the wait ran out, completed on the thread of
     *     whatever completed it (registration's, after its commit, or a timer's)
     * @throws Refusal naming the argument at fault (INVALID_FIELD), or NOT_FOUND for an unknown service_code
     */
    public CompletionStage<Filed> file(Open311Key key, ServiceRequestForm form, String idempotencyKey) {
        IdempotencyKey idempotency = idempotencyKey == null ? null : IdempotencyKey.of(idempotencyKey, content(form), List.of());
        CheckedSubmission submission = checked(submission(key, form));
        Receipt receipt = intake.accept(FILED_BY + key.getId(), Channel.ELECTRONIC, idempotency, List.of(submission),
                List.of()).get(0);
        UUID token = receipt.getId();
        if (receipt.isRegistered()) {
            return CompletableFuture.completedFuture(new Filed(token, receipt.getRegistrationNumber()));
        }
        CompletableFuture<String> registered = waits.of(token);
        // Registered before the wait began (on this node, or on another): the event came and went.
        intake.receipt(token).filter(Receipt::isRegistered).ifPresent(r -> registered.complete(r.getRegistrationNumber()));
        return registered.completeOnTimeout(null, registrationWaitMillis, TimeUnit.MILLISECONDS)
                .whenComplete((number, failure) -> waits.done(token, registered))
                .thenApply(number -> new Filed(token, number));
    }

    /** The state of a token this door gave; empty for any other receipt, and for one that was refused. */
    public Optional<TokenState> token(UUID token) {
        return intake.receipt(token)
                .filter(r -> r.getFiledBy().startsWith(FILED_BY) && r.getStatus() != ReceiptStatus.REJECTED)
                .map(r -> new TokenState(r.getId(), r.getRegistrationNumber()));
    }

    /** The intake rules' verdict, the first refusal named as GeoReport names the field. */
    private CheckedSubmission checked(AppealSubmission submission) {
        SubmissionRules.Result result = rules.check(submission);
        if (!result.accepted()) {
            Violation first = result.violations().get(0);
            throw Refusal.invalidField(GEOREPORT_NAMES.getOrDefault(first.field(), first.field()), first.message());
        }
        return result.checked();
    }

    /** The form read onto a submission; only what cannot be read at all is refused here, the rules judge the rest. */
    AppealSubmission submission(Open311Key key, ServiceRequestForm form) {
        if (form.serviceCode() == null) {
            throw Refusal.invalidField("service_code", "is required: one of the codes of GET services");
        }
        if (!reference.isCategory(form.serviceCode())) {
            throw Refusal.notFound("service_code " + form.serviceCode() + " was not found: see GET services");
        }
        Double lat = coordinate("lat", form.lat());
        Double lon = coordinate("long", form.lon());
        String address = form.addressString();
        String addressId = form.addressId();
        String description = limited("description", form.description(), MAX_DESCRIPTION);
        String mediaUrl = form.mediaUrl();
        Map<String, String> answers = answers(form);
        AppealKind kind = answers.containsKey(ServiceCatalog.KIND) ? AppealKind.valueOf(answers.get(ServiceCatalog.KIND))
                : AppealKind.APPLICATION;
        String respondent = answers.get(ServiceCatalog.RESPONDENT);
        String summary = summary(form.serviceCode(), description, address, lat, lon, answers);
        String language = answers.getOrDefault(ServiceCatalog.LANGUAGE, description == null ? null : TextLanguage.guess(description));
        return new AppealSubmission(Channel.ELECTRONIC, kind, summary, language, form.serviceCode(),
                answers.get(ServiceCatalog.REGION), applicant(form), null, respondent,
                clock.instant().atOffset(ZoneOffset.UTC), null, null, null, new Letter(ReceivedVia.OPEN311, null, null),
                new Open311Report(key.getId(), lat, lon, address, addressId, mediaUrl), List.of(), null);
    }

    /** The appeal's text: the description, or the subject and the place when the app sent none; a subject's own question after it. */
    private String summary(String serviceCode, String description, String address, Double lat, Double lon,
            Map<String, String> answers) {
        StringBuilder text = new StringBuilder();
        if (description != null) {
            text.append(description);
        } else {
            text.append(services.service(serviceCode, Locale.ENGLISH).map(ServiceCatalog.Service::name).orElse(serviceCode))
                    .append(" (reported through Open311 without a description; location: ")
                    .append(address != null ? address : lat != null ? lat + ", " + lon : "address id only").append(')');
        }
        ServiceCatalog.SubjectQuestion own = ServiceCatalog.SUBJECT_QUESTIONS.get(serviceCode);
        if (own != null && answers.containsKey(own.code())) {
            text.append("\n\n").append(own.description().en()).append(": ").append(answers.get(own.code()));
        }
        return text.toString();
    }

    /** The answers to the subject's questions, each checked against the definition's values. */
    private Map<String, String> answers(ServiceRequestForm form) {
        List<ServiceCatalog.Attribute> definition = services.definition(form.serviceCode(), Locale.ENGLISH).orElseThrow();
        Map<String, String> answers = new TreeMap<>();
        for (Map.Entry<String, List<String>> given : form.attributes().entrySet()) {
            String field = "attribute[" + given.getKey() + "]";
            ServiceCatalog.Attribute attribute = definition.stream().filter(a -> a.code().equals(given.getKey())).findFirst()
                    .orElseThrow(() -> Refusal.invalidField(field, "is not a question of service " + form.serviceCode()
                            + ": see GET services/" + form.serviceCode()));
            List<String> values = given.getValue().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (values.isEmpty()) {
                continue;
            }
            if (values.size() > 1) {
                throw Refusal.invalidField(field, "takes one value");
            }
            String value = values.get(0);
            if (!attribute.values().isEmpty() && attribute.values().stream().noneMatch(v -> v.key().equals(value))) {
                throw Refusal.invalidField(field, "must be one of " + attribute.values().stream()
                        .map(ServiceCatalog.Value::key).toList());
            }
            answers.put(attribute.code(), limited(field, value, 200));
        }
        return answers;
    }

    private static ApplicantDetails applicant(ServiceRequestForm form) {
        String first = limited("first_name", form.firstName(), 150);
        String last = limited("last_name", form.lastName(), 150);
        String name = first == null ? last : last == null ? first : first + " " + last;
        ApplicantDetails details = new ApplicantDetails(name, form.phone(), form.email(), null, null);
        return details.blank() ? null : details;
    }

    private static Double coordinate(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Refusal.invalidField(field, "must be a decimal number of degrees (WGS84)");
    }

    private static String limited(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw Refusal.invalidField(field, "is longer than " + max + " characters");
        }
        return value;
    }

    /** The form's content, its attributes in order: a retry with the same Idempotency-Key must send the same request. */
    private static String content(ServiceRequestForm form) {
        return new ServiceRequestForm(form.serviceCode(), form.lat(), form.lon(), form.addressString(),
                form.addressId(), form.email(), form.deviceId(), form.accountId(), form.firstName(), form.lastName(),
                form.phone(), form.description(), form.mediaUrl(), new TreeMap<>(form.attributes())).toString();
    }
}
