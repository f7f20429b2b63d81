package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** A console that retries after a timeout never files a second appeal. */
@RunAsClient
class IdempotencyIT extends ApplicationIT {

    private static String call(String summary) {
        return "{\"kind\":\"APPLICATION\",\"summary\":" + Api.quote(summary) + ",\"callerNumber\":\"+996 555 000 111\"}";
    }

    @Test
    void theSameKeyAndBodyGiveTheSameReceiptAndOneAppeal() {
        Api api = api();
        String key = UUID.randomUUID().toString();
        String body = call("Не выплачивают пособие по уходу за ребенком");
        JsonObject first = api.post("operator", "intake/phone", body, "Idempotency-Key", key).expect(202).json();
        JsonObject registered = api.awaitProcessed("operator", first.getString("receiptId"));

        // The same request again, with other white space: the same content.
        Api.Reply again = api.post("operator", "intake/phone", "  " + body.replace(",", " , "), "Idempotency-Key", key)
                .expect(202);
        assertEquals(first.getString("receiptId"), again.json().getString("receiptId"));
        assertEquals(registered.getString("registrationNumber"), again.json().getString("registrationNumber"),
                "the repeated request reports the receipt as it stands now");
        assertTrue(again.header("Location").orElseThrow().endsWith(first.getString("receiptId")));

        // Only one appeal carries that receipt.
        JsonObject appeal = api.get("dispatcher", "appeals/" + registered.getString("registrationNumber")).expect(200).json();
        assertEquals(first.getString("receiptId"), appeal.getString("receiptId"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        Api api = api();
        String key = UUID.randomUUID().toString();
        api.post("operator", "intake/phone", call("Первый звонок"), "Idempotency-Key", key).expect(202);
        Api.Reply conflict = api.post("operator", "intake/phone", call("Совсем другой звонок"), "Idempotency-Key", key);
        assertEquals(409, conflict.status());
        assertEquals("application/problem+json", conflict.contentType());
        assertTrue(conflict.json().getString("detail").contains(key));
    }

    @Test
    void keysBelongToTheAccountThatSentThem() {
        Api api = api();
        String key = UUID.randomUUID().toString();
        String phone = api.post("operator", "intake/phone", call("Звонок"), "Idempotency-Key", key).expect(202)
                .json().getString("receiptId");
        String visit = api.post("reception", "intake/reception",
                "{\"kind\":\"PROPOSAL\",\"summary\":\"Визит\",\"receptionPoint\":\"KARAKOL\"}", "Idempotency-Key", key)
                .expect(202).json().getString("receiptId");
        assertTrue(!phone.equals(visit), "another account's key is another request");
    }

    @Test
    void concurrentRetriesWithOneKeyStillGiveOneReceipt() throws Exception {
        Api api = api();
        String key = UUID.randomUUID().toString();
        String body = call("Повторные попытки оператора при плохой связи");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> api.post("operator", "intake/phone", body, "Idempotency-Key", key)));
            }
            Set<String> receipts = new HashSet<>();
            for (Future<Api.Reply> reply : replies) {
                receipts.add(reply.get().expect(202).json().getString("receiptId"));
            }
            assertEquals(1, receipts.size(), "receipts: " + receipts);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRadioBatchRetriedWithItsKeyGetsTheSameReceiptsInTheSameOrder() {
        Api api = api();
        String key = UUID.randomUUID().toString();
        String batch = "{\"broadcast\":{\"programme\":\"Биринчи кабылдама\",\"airDate\":\"2026-11-20\"},\"appeals\":["
                + "{\"kind\":\"PROPOSAL\",\"summary\":\"Один\"},{\"kind\":\"PROPOSAL\",\"summary\":\"Два\"}]}";
        JsonObject first = api.post("producer", "intake/radio", batch, "Idempotency-Key", key).expect(202).json();
        JsonObject second = api.post("producer", "intake/radio", batch, "Idempotency-Key", key).expect(202).json();
        for (int i = 0; i < 2; i++) {
            assertEquals(first.getJsonArray("receipts").getJsonObject(i).getString("receiptId"),
                    second.getJsonArray("receipts").getJsonObject(i).getString("receiptId"));
        }
    }

    @Test
    void anUnreadableKeyIsRefused() {
        Api.Reply reply = api().post("operator", "intake/phone", call("x"), "Idempotency-Key", "x".repeat(201));
        assertEquals(400, reply.status());
        assertEquals("Idempotency-Key", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
