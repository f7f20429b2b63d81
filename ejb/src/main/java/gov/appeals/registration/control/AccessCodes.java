package gov.appeals.registration.control;

import java.security.SecureRandom;

/**
 * The citizen's access code for the public lookup: eight characters from an alphabet without the
 * look-alikes (0/O, 1/I/L), easy to read out on the phone, 31^8 (about 8.5 * 10^11) possibilities.
 */
public final class AccessCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 8;

    private AccessCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
