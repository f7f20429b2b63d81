package gov.appeals.intake.boundary;

import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.submission.control.CheckedSubmission;
import gov.appeals.submission.control.SubmissionRules;
import gov.appeals.submission.control.Violation;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.PhoneCall;
import gov.appeals.submission.entity.RadioCall;
import gov.appeals.submission.entity.ReceivedVia;
import gov.appeals.submission.entity.ReceptionVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The REST doors' side of intake: each JSON request is read onto a submission, refusing here only
 * what cannot be read at all (a kind that is none, a date that is no date), and the intake rules
 * decide the rest. Their refusals come back under the JSON's own field names, all at once.
 */
@ApplicationScoped
public class IntakeRequests {

    static final String KINDS = "PROPOSAL, APPLICATION, COMPLAINT, CONSULTATION";

    @Inject
    SubmissionRules rules;

    @Inject
    Clock clock;

    public CheckedSubmission phone(PhoneAppealRequest request) {
        Refusals refusals = new Refusals(request);
        AppealSubmission s = common(request, "", refusals, new PhoneCall(trim(request.callerNumber), request.callId), null,
                null, null);
        return refusals.single(s);
    }

    public CheckedSubmission reception(ReceptionAppealRequest request) {
        Refusals refusals = new Refusals(request);
        AppealSubmission s = common(request, "", refusals, null,
                new ReceptionVisit(trim(request.receptionPoint), trim(request.ticketNumber)), null, null);
        return refusals.single(s);
    }

    public CheckedSubmission written(WrittenAppealRequest request) {
        Refusals refusals = new Refusals(request);
        ReceivedVia via = refusals.oneOf("receivedVia", request.receivedVia, "POST|COURIER|HAND", ReceivedVia.class,
                "must be one of POST, COURIER, HAND");
        LocalDate letterDate = refusals.date("letterDate", request.letterDate);
        AppealSubmission s = common(request, "", refusals, null, null, null, new Letter(via, trim(request.letterNumber), letterDate));
        return refusals.single(s);
    }

    public List<CheckedSubmission> radio(RadioBatchRequest batch) {
        Refusals refusals = new Refusals(batch);
        if (batch.broadcast == null) {
            refusals.add("broadcast", "is required: the programme and the day it was on air");
        }
        if (batch.appeals == null || batch.appeals.isEmpty() || batch.appeals.size() > RadioBatchRequest.MAX_APPEALS) {
            refusals.add("appeals", "must hold 1 to " + RadioBatchRequest.MAX_APPEALS + " appeals");
            refusals.throwIfAny();
        }
        RadioBatchRequest.Broadcast broadcast = batch.broadcast == null ? new RadioBatchRequest.Broadcast() : batch.broadcast;
        LocalDate airDate = refusals.date("broadcast.airDate", broadcast.airDate);
        List<AppealSubmission> submissions = new ArrayList<>(batch.appeals.size());
        for (int i = 0; i < batch.appeals.size(); i++) {
            RadioAppealRequest item = batch.appeals.get(i);
            String path = "appeals[" + i + "].";
            if (item == null) {
                refusals.add("appeals[" + i + "]", "must be an appeal, not null");
                submissions.add(null);
                continue;
            }
            submissions.add(common(item, path, refusals, null, null, new RadioCall(trim(broadcast.programme), airDate,
                    broadcast.episode, Boolean.TRUE.equals(item.answeredOnAir), item.onAirAnswer), null));
        }
        List<CheckedSubmission> checked = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            String path = "appeals[" + i + "].";
            if (submissions.get(i) != null) {
                checked.add(refusals.collect(submissions.get(i), field -> field.startsWith("radioCall.")
                        ? (field.equals("radioCall.onAirAnswer") ? path + "onAirAnswer" : "broadcast." + field.substring(10))
                        : path + field));
            }
        }
        refusals.throwIfAny();
        return checked;
    }

    /** The fields every door's JSON shares, read onto a submission of the door's channel. */
    private AppealSubmission common(AppealRequest r, String path, Refusals refusals, PhoneCall call, ReceptionVisit visit,
            RadioCall radio, Letter letter) {
        AppealKind kind = refusals.oneOf(path + "kind", r.kind, "PROPOSAL|APPLICATION|COMPLAINT|CONSULTATION", AppealKind.class,
                "must be one of " + KINDS);
        OffsetDateTime received = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (r.receivedAt != null && !r.receivedAt.isBlank()) {
            try {
                received = OffsetDateTime.parse(r.receivedAt.strip());
            } catch (DateTimeParseException e) {
                refusals.add(path + "receivedAt", "must be an ISO-8601 date and time with offset, e.g. 2026-11-23T10:15:00+06:00");
            }
        }
        return new AppealSubmission(r.channel(), kind, r.summary == null ? null : r.summary.strip(), r.language, r.category,
                r.region, r.applicant == null ? null : r.applicant.toDetails(), r.signatories, r.respondent, received,
                call, visit, radio, letter, null, List.of(), null);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What one request is refused for: what could not be read, then what the rules found, each field once. */
    private final class Refusals {
        private final List<FieldError> errors = new ArrayList<>();

        Refusals(Object request) {
            if (request == null) {
                throw InvalidRequestException.of("body", "must be a JSON object");
            }
        }

        /** A field is named once, and not at all inside a part already refused as a whole (no broadcast: no programme). */
        void add(String field, String message) {
            if (errors.stream().noneMatch(e -> e.field().equals(field) || field.startsWith(e.field() + "."))) {
                errors.add(new FieldError(field, message));
            }
        }

        <E extends Enum<E>> E oneOf(String field, String value, String values, Class<E> type, String message) {
            if (value == null) {
                return null;
            }
            if (!value.matches(values)) {
                add(field, message);
                return null;
            }
            return Enum.valueOf(type, value);
        }

        LocalDate date(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                add(field, "must be a date YYYY-MM-DD");
                return null;
            }
        }

        /** The rules' verdict on one submission, their fields named as the JSON names them; null when refused. */
        CheckedSubmission collect(AppealSubmission submission, UnaryOperator<String> jsonName) {
            SubmissionRules.Result result = rules.check(submission);
            for (Violation v : result.violations()) {
                add(jsonName.apply(v.field()), v.message());
            }
            return result.checked();
        }

        /** The single appeal of a phone, reception or written request; its channel part is flat in the JSON. */
        CheckedSubmission single(AppealSubmission submission) {
            CheckedSubmission checked = collect(submission, field -> field.replaceFirst("^(phoneCall|receptionVisit|letter)\\.", ""));
            throwIfAny();
            return checked;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(FieldError::field));
                throw new InvalidRequestException(errors);
            }
        }
    }
}
