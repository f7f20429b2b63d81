package gov.appeals.intake.boundary;

import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.reference.control.ReferenceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks an intake request completely before anything is queued: the fields' own rules (Bean
 * Validation), codes against the reference data, and times. Every bad field is named at once, so
 * that an operator on a call fixes everything in one go.
 */
@ApplicationScoped
public class IntakeRequestValidator {

    /** Consoles' clocks drift: a receivedAt this far ahead of the server is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    Validator validator;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    Clock clock;

    public AppealSubmission phone(PhoneAppealRequest request) {
        Errors errors = new Errors(required(request));
        OffsetDateTime received = common(request, "", errors);
        errors.throwIfAny();
        return request.toSubmission(received);
    }

    public AppealSubmission reception(ReceptionAppealRequest request) {
        Errors errors = new Errors(required(request));
        OffsetDateTime received = common(request, "", errors);
        errors.code("receptionPoint", request.receptionPoint, catalog::isReceptionPoint, "reception point");
        errors.throwIfAny();
        return request.toSubmission(received);
    }

    public AppealSubmission written(WrittenAppealRequest request) {
        Errors errors = new Errors(required(request));
        OffsetDateTime received = common(request, "", errors);
        LocalDate letterDate = errors.date("letterDate", request.letterDate);
        if (letterDate != null && received != null && letterDate.isAfter(received.toLocalDate().plusDays(1))) {
            errors.add("letterDate", "must not be after the letter was received");
        }
        errors.throwIfAny();
        return request.toSubmission(received, letterDate);
    }

    public List<AppealSubmission> radio(RadioBatchRequest batch) {
        Errors errors = new Errors(required(batch));
        LocalDate airDate = batch.broadcast == null ? null : errors.date("broadcast.airDate", batch.broadcast.airDate);
        List<OffsetDateTime> received = new ArrayList<>();
        if (batch.appeals != null) {
            for (int i = 0; i < batch.appeals.size(); i++) {
                RadioAppealRequest item = batch.appeals.get(i);
                String path = "appeals[" + i + "].";
                if (item == null) {
                    received.add(null);
                    continue;
                }
                received.add(common(item, path, errors));
                if (item.isAnsweredOnAir() && (item.onAirAnswer == null || item.onAirAnswer.isBlank())) {
                    errors.add(path + "onAirAnswer", "must be given when answeredOnAir is true");
                }
            }
        }
        errors.throwIfAny();
        List<AppealSubmission> submissions = new ArrayList<>(batch.appeals.size());
        for (int i = 0; i < batch.appeals.size(); i++) {
            submissions.add(batch.appeals.get(i).toSubmission(received.get(i), batch.broadcast, airDate));
        }
        return submissions;
    }

    private <T> List<FieldError> required(T request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "must be a JSON object");
        }
        List<FieldError> found = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            found.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        return found;
    }

    private OffsetDateTime common(AppealRequest r, String path, Errors errors) {
        errors.code(path + "category", r.category, catalog::isCategory, "subject");
        errors.code(path + "region", r.region, catalog::isRegion, "region");
        errors.code(path + "respondent", r.respondent, catalog::isBody, "body");
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (r.receivedAt == null || r.receivedAt.isBlank()) {
            return now;
        }
        try {
            OffsetDateTime received = OffsetDateTime.parse(r.receivedAt.strip());
            if (received.isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(path + "receivedAt", "must not be in the future");
            }
            return received;
        } catch (DateTimeParseException e) {
            errors.add(path + "receivedAt", "must be an ISO-8601 date and time with offset, e.g. 2026-11-23T10:15:00+06:00");
            return null;
        }
    }

    /** The errors of one request, each field reported once. */
    private static final class Errors {
        private final List<FieldError> list;

        Errors(List<FieldError> fromBeanValidation) {
            this.list = new ArrayList<>(fromBeanValidation);
        }

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        boolean has(String field) {
            return list.stream().anyMatch(e -> e.field().equals(field));
        }

        void code(String field, String code, Predicate<String> exists, String what) {
            if (code != null && !has(field) && !exists.test(code)) {
                add(field, "unknown " + what + " code " + code + " (see /api/v1/reference)");
            }
        }

        LocalDate date(String field, String value) {
            if (value == null || has(field)) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                add(field, "must be a date YYYY-MM-DD");
                return null;
            }
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                list.sort(Comparator.comparing(FieldError::field));
                throw new InvalidRequestException(list);
            }
        }
    }
}
