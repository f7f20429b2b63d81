package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once does not rest on two rows committed together. H2 has been seen to keep one row of a
 * committed transaction and lose another across kill -9 (docs/operations.md, "Rows that must
 * agree"); here each such loss is made by hand, in the database, and the client's retry with the
 * same Idempotency-Key must still find one receipt and one appeal. Runs in a probe deployment to
 * reach the database.
 */
class PartialLossIT extends ApplicationIT {

    @Deployment(name = PROBE, order = 2)
    static WebArchive probe() {
        return Deployments.probe(PartialLossIT.class);
    }

    private static String phoneAppeal(String marker) {
        return "{\"kind\": \"APPLICATION\", \"summary\": \"Нет воды в доме третьи сутки " + marker
                + "\", \"callerNumber\": \"+996 700 " + (100_000 + (int) (Math.random() * 899_999)) + "\"}";
    }

    /** A statement on the application's database: an update's row count, or a query's first number. */
    private static long sql(String sql, Object... values) throws Exception {
        DataSource ds = InitialContext.doLookup("java:jboss/datasources/AppealsDS");
        try (Connection c = ds.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            if (!statement.execute()) {
                return statement.getUpdateCount();
            }
            try (ResultSet rs = statement.getResultSet()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aReceiptKeptWithoutItsKeyRecordIsAnsweredAgainNeverASecondOne() throws Exception {
        Api api = api();
        String marker = "kept-" + UUID.randomUUID();
        String appeal = phoneAppeal(marker); // the same request each time, as a client's retry is
        String key = "retry-" + UUID.randomUUID();
        String first = api.post("operator", "intake/phone", appeal, "Idempotency-Key", key)
                .expect(202).json().getString("receiptId");
        String number = api.awaitProcessed("operator", first).getString("registrationNumber");

        // The crash: the receipt survives, the key's record does not.
        sql("update receipt set request_id = null where id = ?", UUID.fromString(first));
        assertEquals(1, sql("delete from intake_request where filed_by = 'operator' and idempotency_key = ?", key));

        JsonObject again = api.post("operator", "intake/phone", appeal, "Idempotency-Key", key).expect(202).json();
        assertEquals(first, again.getString("receiptId"), "the same receipt, found by the id the key gives it");
        assertEquals(number, again.getString("registrationNumber"));
        assertEquals(1, sql("select count(*) from appeal where summary like ?", "%" + marker));
        assertEquals(1, sql("select count(*) from receipt r join intake_request q on r.request_id = q.id"
                + " where q.idempotency_key = ?", key), "held by the key's record again");
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aYearsCounterThatLostAnIncrementCatchesUpInsteadOfStoppingRegistration() throws Exception {
        Api api = api();
        String before = api.awaitProcessed("operator", api.post("operator", "intake/phone", phoneAppeal("counter-" + UUID.randomUUID()))
                .expect(202).json().getString("receiptId")).getString("registrationNumber");
        int year = Integer.parseInt(before.substring(0, 4));

        // The crash: the last number's reservation and appeal survive, the counter's increment does not.
        assertEquals(1, sql("update registration_counter set last_value = last_value - 1 where reg_year = ?", year));

        JsonObject next = api.awaitProcessed("operator", api.post("operator", "intake/phone", phoneAppeal("counter-" + UUID.randomUUID()))
                .expect(202).json().getString("receiptId"));
        assertEquals("REGISTERED", next.getString("status"));
        assertEquals(1, sql("select count(*) from appeal where registration_number = ?", next.getString("registrationNumber")));
        assertEquals(0, sql("select count(*) from dead_letter where receipt_id = ?", UUID.fromString(next.getString("receiptId"))));
    }

    @Test
    @OperateOnDeployment(PROBE)
    void aReceiptLostWhileItsKeyRecordWasKeptIsWrittenAgainAndSetRightFromItsAppeal() throws Exception {
        Api api = api();
        String marker = "lost-" + UUID.randomUUID();
        String appeal = phoneAppeal(marker); // the same request each time, as a client's retry is
        String key = "retry-" + UUID.randomUUID();
        String first = api.post("operator", "intake/phone", appeal, "Idempotency-Key", key)
                .expect(202).json().getString("receiptId");
        String number = api.awaitProcessed("operator", first).getString("registrationNumber");

        // The crash: the key's record and the appeal survive, the receipt does not.
        assertEquals(1, sql("delete from receipt where id = ?", UUID.fromString(first)));

        String again = api.post("operator", "intake/phone", appeal, "Idempotency-Key", key)
                .expect(202).json().getString("receiptId");
        assertEquals(first, again, "written again under the id the key gives it");
        JsonObject receipt = api.awaitProcessed("operator", again);
        assertEquals("REGISTERED", receipt.getString("status"));
        assertEquals(number, receipt.getString("registrationNumber"), "set right from the appeal, not filed again");
        assertEquals(1, sql("select count(*) from appeal where summary like ?", "%" + marker));
    }
}
