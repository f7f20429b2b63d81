package gov.appeals.submission.entity;

/** A hotline call: the caller's number and the telephony system's call id, if any. */
public record PhoneCall(String callerNumber, String callId) {
}
