package gov.appeals.open311.control;

import gov.appeals.reference.entity.CodedEntry;
import java.util.Locale;

/** A short text in the three languages of the office's reference data; Russian when the reader's is none of them. */
record Text(String ky, String ru, String en) {

    String in(Locale locale) {
        return CodedEntry.inLanguage(locale, ky, ru, en);
    }
}
