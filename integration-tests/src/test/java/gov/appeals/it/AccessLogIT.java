package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Every read of an appeal's personal data is in the access log: who, when, what, from where; the
 * citizen learns which bodies read it, never who. The log is a chain: an entry edited in the
 * database behind the application's back is found by the verification.
 */
@RunAsClient
class AccessLogIT extends ApplicationIT {

    private static JsonObject socialCall(Api api) {
        String receiptId = api.post("operator", "intake/phone", """
                {"kind": "APPLICATION", "category": "SOCIAL", "summary": "Прошу назначить пособие по уходу",
                 "callerNumber": "+996700111222", "applicant": {"fullName": "Токтогулова Айнура"}}""")
                .expect(202).json().getString("receiptId");
        return api.awaitProcessed("operator", receiptId);
    }

    /** The verification once everything read so far is sealed (a few seconds behind the reads). */
    private static JsonObject verifiedWhenSealed(Api api) {
        for (int attempt = 0; attempt < 60; attempt++) {
            JsonObject verification = api.get("admin", "admin/access-log/verification").expect(200).json();
            if (verification.getJsonNumber("unsealed").longValue() == 0) {
                return verification;
            }
            Api.pause(500);
        }
        fail("the access log was not sealed within 30 s");
        return null;
    }

    @Test
    void everyReadIsLoggedAndTheCitizenSeesOnlyTheBodies() {
        Api api = api();
        JsonObject receipt = socialCall(api);
        String n = receipt.getString("registrationNumber");
        api.assign(n, "officer");
        api.appeal("officer", n);
        api.get("officer", "appeals/" + n + "/attachments").expect(200);
        api.get("officer", "appeals/" + n + "/notifications").expect(200);

        api.get("analyst", "appeals/" + n + "/access-log").expect(403);
        api.get("officer", "appeals/" + n + "/access-log").expect(403);
        api.get("dispatcher", "appeals/" + n + "/access-log").expect(403);
        api.get("supervisor", "appeals/2026-999997/access-log").expect(404);
        JsonArray log = api.get("supervisor", "appeals/" + n + "/access-log").expect(200).array();
        List<JsonObject> officer = log.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("reader").equals("officer")).toList();
        assertEquals(List.of("APPEAL", "ATTACHMENTS", "NOTIFICATIONS"), officer.stream().map(e -> e.getString("what")).toList());
        officer.forEach(e -> {
            assertEquals("MIN_LABOUR_SOCIAL", e.getString("readerBody"));
            assertTrue(e.getString("address").matches("[0-9a-f.:]+"), e.toString());
            assertTrue(e.containsKey("at"));
        });
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("reader").equals("dispatcher")),
                "the dispatcher's reads while assigning");

        JsonObject status = api.get(null, "public/appeals/" + n + "?code=" + receipt.getString("accessCode")).expect(200).json();
        JsonArray readBy = status.getJsonArray("readBy");
        assertTrue(readBy.stream().map(JsonValue::asJsonObject).anyMatch(b -> b.getString("code").equals("MIN_LABOUR_SOCIAL")),
                readBy.toString());
        assertFalse(status.toString().contains("officer"), "bodies, not people");
    }

    @Test
    void anEntryEditedInTheDatabaseBreaksTheChain() throws Exception {
        Api api = api();
        String n = socialCall(api).getString("registrationNumber");
        api.appeal("dispatcher", n);
        api.get("analyst", "admin/access-log/verification").expect(403);
        JsonObject before = verifiedWhenSealed(api);
        assertTrue(before.getBoolean("intact"), before.toString());
        assertTrue(before.getJsonNumber("sealed").longValue() > 0);

        long position;
        try (Connection db = TestDatabase.connect();
                PreparedStatement edit = db.prepareStatement("""
                        update personal_data_access set actor = 'nobody'
                        where chain_position = (select max(chain_position) from personal_data_access
                                                where registration_number = ? and actor = 'dispatcher')""")) {
            edit.setString(1, n);
            assertEquals(1, edit.executeUpdate());
            try (var rs = db.createStatement().executeQuery(
                    "select chain_position from personal_data_access where actor = 'nobody'")) {
                assertTrue(rs.next());
                position = rs.getLong(1);
            }
        }
        try {
            JsonObject after = api.get("admin", "admin/access-log/verification").expect(200).json();
            assertFalse(after.getBoolean("intact"), after.toString());
            assertEquals(position, after.getJsonNumber("firstBrokenPosition").longValue());
            assertTrue(after.getString("problem").contains("changed"), after.toString());
        } finally {
            try (Connection db = TestDatabase.connect();
                    PreparedStatement undo = db.prepareStatement(
                            "update personal_data_access set actor = 'dispatcher' where actor = 'nobody'")) {
                undo.executeUpdate();
            }
        }
        assertTrue(api.get("admin", "admin/access-log/verification").expect(200).json().getBoolean("intact"),
                "put back as it was, the entry matches its hash again");
    }
}
