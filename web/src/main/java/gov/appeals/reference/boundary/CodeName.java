package gov.appeals.reference.boundary;

import gov.appeals.reference.entity.CodedEntry;
import java.util.Locale;

/** A coded value in an answer: its code and, for the reader, its name. */
public record CodeName(String code, String name) {

    public static CodeName of(CodedEntry entry, Locale locale) {
        return entry == null ? null : new CodeName(entry.getCode(), entry.nameIn(locale));
    }
}
