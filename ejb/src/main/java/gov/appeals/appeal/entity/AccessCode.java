package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The short code the citizen gives with the number to look the appeal up without signing in. JPA
 * loads an appeal without one (registered before codes, or erased) with this as null.
 */
@Embeddable
public class AccessCode {

    @Column(name = "access_code", length = 12)
    private String code;

    protected AccessCode() {
    }

    AccessCode(String code) {
        this.code = code;
    }

    /**
     * Whether {@code given} is this code: compared in constant time, ignoring the case and the
     * spaces or dashes a citizen may type.
     */
    boolean opens(String given) {
        if (code == null || given == null) {
            return false;
        }
        String normalised = given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8), normalised.getBytes(StandardCharsets.UTF_8));
    }

    public String code() {
        return code;
    }
}
