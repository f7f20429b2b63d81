package gov.appeals.casework.boundary;

import gov.appeals.appeal.entity.AnswerOutcome;
import gov.appeals.appeal.entity.UnansweredGround;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the actions on an appeal, with their checks (400 naming each bad field). */
final class ActionRequests {

    static final int MAX_REASON = 2000;
    static final int MAX_ANSWER = 20000;

    private ActionRequests() {
    }

    public record Routing(String body, String reason) {
    }

    public record Assignment(String assignee) {
    }

    public record Redirection(String toBody, String reason) {
    }

    public record Extension(Integer days, String reason) {
    }

    public record Answer(@Schema(required = true) String text, @Schema(type = SchemaType.STRING, implementation = AnswerOutcome.class, required = true) String outcome,
            Boolean measuresTaken, @Schema(type = SchemaType.STRING, implementation = UnansweredGround.class) String ground, Boolean oral,
            @Schema(pattern = "^[a-z]{2,3}$") String language, Boolean citizenConsent) {
    }

    public record Reopening(String reason) {
    }

    /** {@code published}: true to show the appeal's text in public feeds, false to take it back. */
    public record Publication(Boolean published, String reason) {
    }

    /** Collects field errors and throws them all at once. */
    static final class Check {
        private final List<FieldError> errors = new ArrayList<>();

        static Check of(Object body) {
            Check check = new Check();
            if (body == null) {
                throw InvalidRequestException.of("body", "a JSON object is required");
            }
            return check;
        }

        String text(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(field, "is required"));
                return null;
            }
            if (value.length() > max) {
                errors.add(new FieldError(field, "must be at most " + max + " characters"));
            }
            return value.strip();
        }

        boolean flag(String field, Boolean value) {
            if (value == null) {
                errors.add(new FieldError(field, "is required: true or false"));
                return false;
            }
            return value;
        }

        int days(String field, Integer value) {
            if (value == null) {
                errors.add(new FieldError(field, "is required"));
                return 0;
            }
            if (value < 1 || value > 366) {
                errors.add(new FieldError(field, "must be a number of calendar days from 1 to 366"));
            }
            return value;
        }

        <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(field, "is required"));
                return null;
            }
            return FieldError.enumValue(type, field, value, errors);
        }

        <E extends Enum<E>> E optionalOneOf(String field, String value, Class<E> type) {
            return value == null || value.isBlank() ? null : FieldError.enumValue(type, field, value, errors);
        }

        String language(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (!value.strip().matches("[a-z]{2,3}")) {
                errors.add(new FieldError(field, "must be a language code such as ky, ru, kk or en"));
            }
            return value.strip();
        }

        void done() {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
        }
    }
}
