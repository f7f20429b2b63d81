package gov.appeals.submission.control;

/**
 * A rule an appeal's submission breaks: the field, named as the submission names it
 * ({@code summary}, {@code applicant.phone}, {@code phoneCall.callerNumber}...), and what is wrong
 * with it in plain words. Each door names the field as its own format does.
 */
public record Violation(String field, String message) {
}
