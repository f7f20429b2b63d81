package gov.appeals.platform.rest;

import java.util.Arrays;
import java.util.List;

/** One bad field of a request: its path ({@code applicant.email}, {@code appeals[3].summary}) and what is wrong. */
public record FieldError(String field, String message) {

    /**
     * The constant of {@code type} named by {@code value}; null when the value is absent, or when
     * it names none (then the error is added, listing the allowed values).
     */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
