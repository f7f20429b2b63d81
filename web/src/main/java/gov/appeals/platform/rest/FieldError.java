package gov.appeals.platform.rest;

/** One bad field of a request: its path ({@code applicant.email}, {@code appeals[3].summary}) and what is wrong. */
public record FieldError(String field, String message) {
}
