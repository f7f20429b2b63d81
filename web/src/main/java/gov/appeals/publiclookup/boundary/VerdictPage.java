package gov.appeals.publiclookup.boundary;

import jakarta.ws.rs.core.MediaType;

/**
 * The small pages a citizen sees after following the link in the answer's message: a form with the
 * three verdicts and a comment, then a thank-you or the reason it was not taken. In Kyrgyz, Russian
 * and English at once; every value from the request is escaped.
 */
final class VerdictPage {

    static final MediaType HTML = MediaType.valueOf("text/html; charset=utf-8");

    private VerdictPage() {
    }

    static String form(String number, String code) {
        String n = escape(number);
        return page("Кайрылуу / Обращение / Appeal " + n, """
                <p>Жооп жардам бердиби? / Помог ли вам ответ? / Did the answer help you?</p>
                <form method="post" action="verdict">
                  <input type="hidden" name="code" value="%s">
                  <p><label><input type="radio" name="verdict" value="SATISFIED" required> Ооба / Да / Yes</label></p>
                  <p><label><input type="radio" name="verdict" value="PARTLY"> Жарым-жартылай / Частично / Partly</label></p>
                  <p><label><input type="radio" name="verdict" value="NOT_SATISFIED"> Жок / Нет / No</label></p>
                  <p><label>Эмне үчүн? / Почему? / Why?<br><textarea name="comment" rows="5" cols="60" maxlength="2000"></textarea></label></p>
                  <p><small>Жок деп, себебин жазсаңыз, кайрылуу кайра каралат. / Если ответ не помог и вы напишете почему,
                  обращение будет пересмотрено. / If it did not help and you say why, the appeal is reconsidered.</small></p>
                  <p><button type="submit">Жөнөтүү / Отправить / Send</button></p>
                </form>""".formatted(escape(code)));
    }

    static String thanks(String number, boolean reconsidered) {
        return page("Рахмат / Спасибо / Thank you", "<p>Кайрылуу / Обращение / Appeal " + escape(number) + ".</p>"
                + (reconsidered ? "<p>Кайрылуу кайра каралат. / Обращение будет пересмотрено. / The appeal will be reconsidered.</p>"
                        : ""));
    }

    static String refused(String number, String reason) {
        return page("Кайрылуу / Обращение / Appeal " + escape(number), "<p>" + escape(reason) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + title + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>\n";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
