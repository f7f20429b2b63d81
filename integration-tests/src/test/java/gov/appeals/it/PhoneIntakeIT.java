package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** A hotline call, end to end: taken down, queued, registered, classified, routed, assigned, read back. */
@RunAsClient
class PhoneIntakeIT extends ApplicationIT {

    @Test
    void aCallIsQueuedWithAReceiptThenRegisteredAssignedAndReadable() {
        Api api = api();
        Api.Reply accepted = api.post("operator", "intake/phone", """
                {"kind": "APPLICATION",
                 "summary": "Пенсияны эки айдан бери ала элекмин, социалдык фонддон жооп жок",
                 "language": "ky", "region": "CHUI",
                 "callerNumber": "+996 555 123 456", "callId": "CALL-77",
                 "applicant": {"fullName": "Асанов Бакыт", "phone": "+996555123456", "nationalId": "22001199000123"}}
                """).expect(202);

        JsonObject receipt = accepted.json();
        String receiptId = receipt.getString("receiptId");
        assertEquals("QUEUED", receipt.getString("status"));
        OffsetDateTime acceptedAt = OffsetDateTime.parse(receipt.getString("acceptedAt"));
        assertEquals(6 * 3600, acceptedAt.getOffset().getTotalSeconds(), "acceptedAt is in the deployment's zone, Asia/Bishkek");
        assertTrue(accepted.header("Location").orElseThrow().endsWith("/api/v1/intake/receipts/" + receiptId));

        JsonObject registered = api.awaitProcessed("operator", receiptId);
        assertEquals("REGISTERED", registered.getString("status"));
        String number = registered.getString("registrationNumber");
        assertTrue(number.matches(acceptedAt.getYear() + "-\\d{6}"), number);

        JsonObject appeal = api.get("dispatcher", "appeals/" + number, "Accept-Language", "en").expect(200).json();
        assertEquals(number, appeal.getString("registrationNumber"));
        assertEquals(receiptId, appeal.getString("receiptId"));
        assertEquals("PHONE", appeal.getString("channel"));
        assertEquals("APPLICATION", appeal.getString("kind"));
        assertEquals("SOCIAL", appeal.getJsonObject("category").getString("code"), "classified from the Kyrgyz summary");
        assertEquals("CHUI", appeal.getJsonObject("region").getString("code"));
        assertEquals("Chüy Region", appeal.getJsonObject("region").getString("name"));
        assertEquals("ky", appeal.getString("language"));
        assertEquals("ASSIGNED", appeal.getString("status"));
        assertEquals("MIN_LABOUR_SOCIAL", appeal.getJsonObject("body").getString("code"));
        assertEquals("Ministry of Labour, Social Security and Migration", appeal.getJsonObject("body").getString("name"));
        assertTrue(List.of("officer", "mlsd.bekova").contains(appeal.getJsonObject("assignee").getString("username")));
        assertEquals("Асанов Бакыт", appeal.getJsonObject("applicant").getString("fullName"));
        assertEquals("22001199000123", appeal.getJsonObject("applicant").getString("nationalId"));
        assertFalse(appeal.getBoolean("anonymous"));
        assertFalse(appeal.getBoolean("collective"));
        assertEquals("+996 555 123 456", appeal.getJsonObject("phoneCall").getString("callerNumber"));
        assertEquals("CALL-77", appeal.getJsonObject("phoneCall").getString("callId"));
        assertEquals("operator", appeal.getString("filedBy"));

        OffsetDateTime registeredAt = OffsetDateTime.parse(appeal.getString("registeredAt"));
        OffsetDateTime dueAt = OffsetDateTime.parse(appeal.getString("dueAt"));
        assertEquals(LocalTime.of(23, 59, 59), dueAt.toLocalTime(), "due at the end of a day");
        // 14 working days are at least 18 and, with holidays, rarely over 24 calendar days.
        long days = java.time.temporal.ChronoUnit.DAYS.between(registeredAt.toLocalDate(), dueAt.toLocalDate());
        assertTrue(days >= 18 && days <= 30, "dueAt " + dueAt + " for registration " + registeredAt);

        assertEquals(List.of("RECEIVED", "REGISTERED", "CLASSIFIED", "ROUTED", "ASSIGNED"), Api.historyActions(appeal));
        assertEquals("MIN_LABOUR_SOCIAL", registered.getJsonObject("body").getString("code"),
                "the receipt says where it went, for the desk's slip");
        assertEquals(dueAt, OffsetDateTime.parse(registered.getString("dueAt")), "and by when it is due");
        assertEquals("operator", appeal.getJsonArray("history").getJsonObject(0).getString("actor"));
    }

    @Test
    void aGivenSubjectIsKeptAndAnAnonymousCallIsMarkedSo() {
        JsonObject appeal = api().fileAndRead("operator", "phone", """
                {"kind": "PROPOSAL", "summary": "Предлагаю построить пенсионный центр", "category": "ECONOMY",
                 "callerNumber": "0555 11 22 33"}
                """);
        assertEquals("ECONOMY", appeal.getJsonObject("category").getString("code"));
        assertEquals("MIN_ECONOMY", appeal.getJsonObject("body").getString("code"));
        assertTrue(appeal.getBoolean("anonymous"));
        assertTrue(appeal.getJsonArray("history").getJsonObject(2).getString("detail").contains("given at intake"));
    }

    @Test
    void aComplaintAboutTheBodyTheRulesPickWaitsForADispatcher() {
        JsonObject appeal = api().fileAndRead("operator", "phone", """
                {"kind": "COMPLAINT", "summary": "Прокурор района отказал в приёме заявления о мошенничестве",
                 "respondent": "PROSECUTOR_GENERAL", "callerNumber": "+996700000001"}
                """);
        assertEquals("COURTS_LAW_ENFORCEMENT", appeal.getJsonObject("category").getString("code"));
        assertEquals("REGISTERED", appeal.getString("status"));
        assertFalse(appeal.containsKey("body"), "not sent to the body it complains about");
        assertFalse(appeal.containsKey("assignee"));
        assertEquals("PROSECUTOR_GENERAL", appeal.getJsonObject("respondent").getString("code"));
        assertTrue(appeal.containsKey("dueAt"), "the answer term runs while it waits");
        JsonObject last = appeal.getJsonArray("history").getJsonObject(appeal.getJsonArray("history").size() - 1);
        assertEquals("AWAITING_DISPATCHER", last.getString("action"));
        assertTrue(last.getString("detail").contains("never sent to the body it is about"), last.toString());
    }

    @Test
    void anAppealOfNoKnownSubjectWaitsForADispatcher() {
        JsonObject appeal = api().fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "summary": "Прошу сообщить, куда обратиться по моему вопросу",
                 "callerNumber": "+996700000002"}
                """);
        assertEquals("OTHER", appeal.getJsonObject("category").getString("code"));
        assertEquals("REGISTERED", appeal.getString("status"));
        assertEquals(List.of("RECEIVED", "REGISTERED", "CLASSIFIED", "AWAITING_DISPATCHER"), Api.historyActions(appeal));
    }

    @Test
    void aConsultationIsRegisteredAndClosedAtOnceWithoutADeadline() {
        JsonObject appeal = api().fileAndRead("operator", "phone", """
                {"kind": "CONSULTATION", "summary": "Как получить справку о размере пенсии?",
                 "callerNumber": "+996700000003", "signatories": 3}
                """);
        assertEquals("CLOSED", appeal.getString("status"));
        assertFalse(appeal.containsKey("dueAt"));
        assertFalse(appeal.containsKey("assignee"));
        assertEquals("SOCIAL", appeal.getJsonObject("category").getString("code"), "still classified, for statistics");
        assertTrue(appeal.getBoolean("collective"));
        assertEquals(List.of("RECEIVED", "REGISTERED", "CLASSIFIED", "CLOSED"), Api.historyActions(appeal));
    }

    @Test
    void registrationNumbersAreUniqueAndInRegistrationOrder() {
        Api api = api();
        String first = api.fileAndRead("operator", "phone",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"Первое\",\"callerNumber\":\"12345\"}").getString("registrationNumber");
        String second = api.fileAndRead("operator", "phone",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"Второе\",\"callerNumber\":\"12345\"}").getString("registrationNumber");
        assertTrue(second.compareTo(first) > 0, first + " then " + second);
    }
}
