package gov.appeals.intake.control;

/**
 * The language a text is most likely written in, among those the office answers in, from the
 * letters only some of them use: an e-mail says nothing of its language, and the acknowledgement
 * should be in the citizen's own.
 */
public final class TextLanguage {

    /** Letters of Kazakh's Cyrillic alphabet that Kyrgyz and Russian do not have. */
    private static final String KAZAKH = "әғқұһіӘҒҚҰҺІ";
    /** Letters Kyrgyz shares only with Kazakh, among these languages. */
    private static final String KYRGYZ = "ңөүҢӨҮ";

    private TextLanguage() {
    }

    /** ky, kk, ru or en; null when the text has no letters of these. */
    public static String guess(String text) {
        if (text == null) {
            return null;
        }
        boolean cyrillic = false;
        boolean latin = false;
        boolean kyrgyzOrKazakh = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (KAZAKH.indexOf(c) >= 0) {
                return "kk";
            }
            kyrgyzOrKazakh |= KYRGYZ.indexOf(c) >= 0;
            cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return kyrgyzOrKazakh ? "ky" : cyrillic ? "ru" : latin ? "en" : null;
    }
}
