package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    /** The demo set-up's key, which the test server seals with: what someone holding the key could do. */
    private static final String DEMO_KEY = "appeals-demo-access-log-key";

    private static String hmac(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DEMO_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Waits until the head this node publishes out of the database has reached {@code position}. */
    private static void awaitPublished(Api api, long position) {
        for (int attempt = 0; attempt < 60; attempt++) {
            JsonObject verification = api.get("admin", "admin/access-log/verification").expect(200).json();
            if (!verification.isNull("publishedPosition") && verification.getJsonNumber("publishedPosition").longValue() >= position) {
                return;
            }
            Api.pause(500);
        }
        fail("the head was not published within 30 s");
    }

    /**
     * The security review's finding: deleting the newest sealed entries and rewinding the head to
     * the entry before them verified as intact, without the key. The head's seal now tells; and the
     * head published out of the database tells even when the head is sealed again with the key.
     * The entries and the head are put back afterwards, as they were.
     */
    @Test
    void theNewestEntriesCutOffWithTheHeadRewoundAreFound() throws Exception {
        Api api = api();
        String n = socialCall(api).getString("registrationNumber");
        api.appeal("dispatcher", n);
        api.appeal("supervisor", n);
        JsonObject before = verifiedWhenSealed(api);
        assertTrue(before.getBoolean("intact"), before.toString());
        long last = before.getJsonNumber("sealed").longValue();
        awaitPublished(api, last);

        long rewound = last - 2;
        List<Map<String, Object>> cut = new ArrayList<>();
        Map<String, Object> head = new LinkedHashMap<>();
        String rewoundHash;
        try (Connection db = TestDatabase.connect()) {
            cut.addAll(rows(db, "select * from personal_data_access where chain_position > " + rewound));
            head.putAll(rows(db, "select * from access_log_seal where id = 1").get(0));
            rewoundHash = (String) rows(db, "select entry_hash from personal_data_access where chain_position = " + rewound)
                    .get(0).get("entry_hash");
            db.createStatement().executeUpdate("delete from personal_data_access where chain_position > " + rewound);
            try (PreparedStatement rewind = db.prepareStatement(
                    "update access_log_seal set last_position = ?, last_hash = ? where id = 1")) {
                rewind.setLong(1, rewound);
                rewind.setString(2, rewoundHash);
                rewind.executeUpdate();
            }
        }
        assertEquals(2, cut.size());
        try {
            JsonObject withoutKey = api.get("admin", "admin/access-log/verification").expect(200).json();
            assertFalse(withoutKey.getBoolean("intact"), withoutKey.toString());
            assertEquals(rewound + 1, withoutKey.getJsonNumber("firstBrokenPosition").longValue());
            assertTrue(withoutKey.getString("problem").contains("does not match its seal"), withoutKey.toString());

            try (Connection db = TestDatabase.connect();
                    PreparedStatement reseal = db.prepareStatement("update access_log_seal set head_seal = ? where id = 1")) {
                reseal.setString(1, hmac("head\n" + rewound + "\n" + rewoundHash));
                reseal.executeUpdate();
            }
            JsonObject withKey = api.get("admin", "admin/access-log/verification").expect(200).json();
            assertFalse(withKey.getBoolean("intact"), withKey.toString());
            assertEquals(rewound + 1, withKey.getJsonNumber("firstBrokenPosition").longValue());
            assertTrue(withKey.getString("problem").contains("published"), withKey.toString());
            assertEquals(last, withKey.getJsonNumber("publishedPosition").longValue());
        } finally {
            try (Connection db = TestDatabase.connect()) {
                for (Map<String, Object> row : cut) {
                    insert(db, "personal_data_access", row);
                }
                db.createStatement().executeUpdate("delete from access_log_seal where id = 1");
                insert(db, "access_log_seal", head);
            }
        }
        assertTrue(api.get("admin", "admin/access-log/verification").expect(200).json().getBoolean("intact"),
                "put back as they were, the entries and the head hold again");
    }

    private static List<Map<String, Object>> rows(Connection db, String sql) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void insert(Connection db, String table, Map<String, Object> row) throws Exception {
        String sql = "insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                + String.join(", ", Collections.nCopies(row.size(), "?")) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }
}
