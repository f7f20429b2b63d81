package gov.appeals.appeal.entity;

/** Why an appeal's personal data was removed. */
public enum DataRemoval {
    /** It was closed longer ago than the office keeps personal data. */
    RETENTION,
    /** Its applicant asked for erasure. */
    ERASURE
}
