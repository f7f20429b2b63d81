package gov.appeals.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;

/**
 * A reference entry: an upper-case code and its names in Kyrgyz, Russian and English. Codes are
 * what clients send and store; names are for people.
 */
@MappedSuperclass
public abstract class CodedEntry {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_ky", nullable = false, length = 300)
    private String nameKy;

    @Column(name = "name_ru", nullable = false, length = 300)
    private String nameRu;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    /** Display order in reference lists. */
    @Column(nullable = false)
    private int position;

    protected CodedEntry() {
    }

    protected CodedEntry(String code, String nameKy, String nameRu, String nameEn, int position) {
        this.code = code;
        this.nameKy = nameKy;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.position = position;
    }

    /** The name in the reader's language (ky, ru or en); Russian when the language has no name here. */
    public String nameIn(Locale locale) {
        return inLanguage(locale, nameKy, nameRu, nameEn);
    }

    /** Of the same text in Kyrgyz, Russian and English, the reader's; Russian for any other language. */
    public static String inLanguage(Locale locale, String ky, String ru, String en) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "ky" -> ky;
            case "en" -> en;
            default -> ru;
        };
    }

    public String getCode() {
        return code;
    }

    public String getNameKy() {
        return nameKy;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }
}
