package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The citizen is told, by e-mail through a real SMTP server (GreenMail, in this JVM) and by SMS
 * through a real HTTP server standing for the gateway; what arrived there is what is checked.
 */
@RunAsClient
class NotificationsIT extends ApplicationIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final SmsGatewayStub SMS = new SmsGatewayStub();

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String phone() {
        return "+996" + (700_000_000 + ThreadLocalRandom.current().nextInt(99_999_999));
    }

    @Test
    void theCitizenIsToldInTheirOwnLanguageAtEachStep() throws Exception {
        Api api = api();
        String email = "citizen" + System.nanoTime() + "@example.kg";
        String phone = phone();
        String receiptId = api.post("reception", "intake/reception",
                "{\"kind\":\"APPLICATION\",\"summary\":\"Пенсия төлөнбөй жатат\",\"category\":\"SOCIAL\",\"language\":\"ky\","
                        + "\"receptionPoint\":\"BISHKEK_CENTRAL\",\"applicant\":{\"fullName\":\"Асанова Айжан\","
                        + "\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}}").expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed("reception", receiptId);
        String n = receipt.getString("registrationNumber");
        String code = receipt.getString("accessCode");

        MimeMessage registered = awaitMail(email, 1).get(0);
        assertEquals("Кайрылуу № " + n + " катталды", registered.getSubject());
        assertTrue(registered.getContentType().toLowerCase().contains("utf-8"), registered.getContentType());
        JsonObject appeal = api.appeal("dispatcher", n);
        String body = mailText(registered);
        assertTrue(body.contains(code), "the access code is in the receipt message: " + body);
        assertTrue(body.contains(appeal.getString("dueAt").substring(0, 10)), "and the due date: " + body);
        assertTrue(body.contains("Эмгек, социалдык камсыздоо жана миграция министрлиги"), "and the body, in Kyrgyz: " + body);
        assertEquals("appeals@test.local", registered.getFrom()[0].toString());
        JsonObject sms = awaitSms(phone, 1).get(0);
        assertTrue(sms.getString("text").contains(n) && sms.getString("text").contains(code), sms.toString());

        api.post("dispatcher", "appeals/" + n + "/redirections",
                "{\"toBody\":\"MIN_HEALTH\",\"reason\":\"Майыптык боюнча пенсия: медициналык комиссия\"}").expect(200);
        MimeMessage redirected = awaitMail(email, 2).get(1);
        assertEquals("Кайрылуу № " + n + " ыйгарым укуктуу органга жөнөтүлдү", redirected.getSubject());
        assertTrue(mailText(redirected).contains("Саламаттыкты сактоо министрлиги"), "told where it went");

        api.post("supervisor", "appeals/" + n + "/extensions", "{\"days\":7,\"reason\":\"Комиссиянын корутундусу күтүлүүдө\"}")
                .expect(200);
        MimeMessage extended = awaitMail(email, 3).get(2);
        assertTrue(mailText(extended).contains("7 күнгө"), mailText(extended));

        api.post("dispatcher", "appeals/" + n + "/redirections",
                "{\"toBody\":\"MIN_LABOUR_SOCIAL\",\"reason\":\"Комиссия өттү, төлөм министрликте\"}").expect(200);
        api.post("dispatcher", "appeals/" + n + "/assignment", "{\"assignee\":\"officer\"}");
        api.post("officer", "appeals/" + n + "/answer",
                "{\"text\":\"Пенсия кийинки айдын 5инен баштап төлөнөт.\",\"outcome\":\"SUPPORTED\",\"measuresTaken\":true}").expect(200);
        MimeMessage answered = awaitMail(email, 5).get(4);
        assertEquals("Кайрылуу № " + n + " боюнча жооп", answered.getSubject());
        assertTrue(mailText(answered).contains("Пенсия кийинки айдын 5инен баштап төлөнөт."));
        assertEquals(5, awaitSms(phone, 5).size(), "each message by SMS too");

        JsonArray notifications = awaitNotifications(api, n, list -> list.size() == 10
                && list.stream().allMatch(v -> v.asJsonObject().getString("status").equals("SENT")));
        assertEquals(List.of("REGISTERED", "REGISTERED", "REDIRECTED", "REDIRECTED", "EXTENDED", "EXTENDED", "REDIRECTED",
                "REDIRECTED", "ANSWERED", "ANSWERED"), notifications.stream().map(v -> v.asJsonObject().getString("event")).toList());
        assertEquals(403, api.get("analyst", "appeals/" + n + "/notifications").status());
    }

    @Test
    void aFailedSendIsVisibleAndRetried() {
        Api api = api();
        String phone = phone();
        SMS.failNext(phone, 1);
        String n = pensionCallFrom(api, phone, "Петров Иван");

        JsonObject failed = awaitNotifications(api, n, list -> list.size() == 1
                && list.getJsonObject(0).getString("status").equals("RETRYING")).getJsonObject(0);
        assertEquals("SMS", failed.getString("medium"));
        assertEquals(phone, failed.getString("recipient"), "the caller's number when no other was given");
        assertTrue(failed.getString("lastError").contains("HTTP 503"), failed.toString());
        assertEquals(1, failed.getInt("attempts"));

        JsonObject sent = awaitNotifications(api, n, list -> list.getJsonObject(0).getString("status").equals("SENT"))
                .getJsonObject(0);
        assertEquals(2, sent.getInt("attempts"), "sent at the retry");
        assertEquals(1, SMS.receivedBy(phone).size());
    }

    @Test
    void aMessageThatNeverGoesThroughIsListedForSomeoneToAct() {
        Api api = api();
        String phone = phone();
        SMS.failNext(phone, 10);
        String n = pensionCallFrom(api, phone, "Орозова Бермет");

        // The test server gives up after two attempts (production: eight, over about four hours).
        JsonObject failed = awaitNotifications(api, n, list -> list.getJsonObject(0).getString("status").equals("FAILED"))
                .getJsonObject(0);
        assertEquals(2, failed.getInt("attempts"));
        JsonObject listed = api.get("supervisor", "control/failed-notifications?size=200").expect(200).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("registrationNumber").equals(n)).findFirst()
                .orElseGet(() -> fail("the failed SMS of " + n + " is not on the watchlist"));
        assertEquals("SMS", listed.getString("medium"));
        assertEquals("REGISTERED", listed.getString("event"));
        assertTrue(listed.getString("lastError").contains("HTTP 503"), listed.toString());
        assertFalse(listed.containsKey("recipient"), "no personal data in the list");
        assertEquals(403, api.get("officer", "control/failed-notifications").status());
    }

    @Test
    void anAnonymousAppealGetsNoMessages() {
        Api api = api();
        String n = api.fileAndRead("operator", "phone", "{\"kind\":\"APPLICATION\",\"summary\":\"Не выплачивают пенсию\","
                + "\"callerNumber\":\"" + phone() + "\"}").getString("registrationNumber");
        assertEquals(0, api.get("supervisor", "appeals/" + n + "/notifications").expect(200).array().size());
    }

    /** A pension appeal by phone from an applicant reachable only at the caller's number; its registration number. */
    private static String pensionCallFrom(Api api, String phone, String fullName) {
        return api.fileAndRead("operator", "phone", "{\"kind\":\"APPLICATION\",\"summary\":\"Не выплачивают пенсию\","
                + "\"callerNumber\":\"" + phone + "\",\"applicant\":{\"fullName\":\"" + fullName + "\"}}")
                .getString("registrationNumber");
    }

    private static String mailText(MimeMessage message) {
        try {
            return new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> awaitMail(String to, int count) {
        return await(() -> Arrays.stream(MAIL.getReceivedMessages()).filter(m -> addressedTo(m, to)).toList(), count,
                "mail to " + to);
    }

    private static boolean addressedTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonObject> awaitSms(String to, int count) {
        return await(() -> SMS.receivedBy(to), count, "SMS to " + to);
    }

    private static <T> List<T> await(Supplier<List<T>> arrived, int count, String what) {
        Instant deadline = Instant.now().plus(WAIT);
        List<T> got = arrived.get();
        while (got.size() < count && Instant.now().isBefore(deadline)) {
            Api.pause(200);
            got = arrived.get();
        }
        if (got.size() < count) {
            fail(count + " x " + what + " expected, " + got.size() + " arrived");
        }
        return got;
    }

    private static JsonArray awaitNotifications(Api api, String n, java.util.function.Predicate<JsonArray> done) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonArray list = api.get("supervisor", "appeals/" + n + "/notifications").expect(200).array();
        while (!(!list.isEmpty() && done.test(list)) && Instant.now().isBefore(deadline)) {
            Api.pause(500);
            list = api.get("supervisor", "appeals/" + n + "/notifications").expect(200).array();
        }
        if (list.isEmpty() || !done.test(list)) {
            fail("notifications of " + n + " not as expected: " + list);
        }
        return list;
    }
}
