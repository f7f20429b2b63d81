package gov.appeals.appeal.control;

/** Who reads an appeal's personal data, and from which network address: what the access log records. */
public record Reader(String username, String address) {
}
