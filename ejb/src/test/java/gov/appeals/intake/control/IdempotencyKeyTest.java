package gov.appeals.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.platform.Digests;
import gov.appeals.platform.Refusal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key checks itself and is paired with the hash of the request's content, so that a
 * retry is recognised and a different request under the same key is refused.
 */
class IdempotencyKeyTest {

    @Test
    void theSameContentSentAgainHasTheSameHash() {
        IdempotencyKey first = IdempotencyKey.of("call-4711", "{\"summary\":\"Не выплачивают пенсию\"}", List.of());
        assertEquals(first, IdempotencyKey.of("call-4711", "{\"summary\":\"Не выплачивают пенсию\"}", List.of()));
        assertEquals(64, first.requestHash().length(), "SHA-256 in hex");
        assertEquals(Digests.sha256Hex("{\"summary\":\"Не выплачивают пенсию\"}"), first.requestHash(),
                "without files, the hash of the content alone: keys stored before stay valid");
    }

    @Test
    void anotherContentUnderTheSameKeyHasAnotherHash() {
        assertNotEquals(IdempotencyKey.of("call-4711", "пенсию", List.of()).requestHash(),
                IdempotencyKey.of("call-4711", "пособие", List.of()).requestHash());
    }

    @Test
    void aReceiptsIdFollowsFromTheAccountTheKeyAndItsPlaceInTheRequest() {
        IdempotencyKey key = IdempotencyKey.of("call-4711", "пенсию", List.of());
        UUID id = key.receiptId("operator", 0);
        assertEquals(id, IdempotencyKey.of("call-4711", "пенсию", List.of()).receiptId("operator", 0), "the same on a retry");
        assertEquals(8, id.version(), "RFC 9562's version for an id made by the application");
        assertEquals(2, id.variant());
        assertEquals(4, Set.of(id, key.receiptId("operator", 1), key.receiptId("reception", 0),
                IdempotencyKey.of("call-4712", "пенсию", List.of()).receiptId("operator", 0)).size(),
                "another place in a batch, another account or another key: another receipt");
    }

    @Test
    void aKeyIsOneTo200VisibleAsciiCharacters() {
        for (String bad : new String[] {"", "call 4711", "звонок", "x".repeat(201), null}) {
            Refusal e = assertThrows(Refusal.class, () -> IdempotencyKey.of(bad, "x", List.of()), bad);
            assertEquals(Refusal.Kind.INVALID_FIELD, e.kind());
            assertEquals("Idempotency-Key", e.field());
        }
        assertEquals("x".repeat(200), IdempotencyKey.of("x".repeat(200), "x", List.of()).value());
        assertTrue(IdempotencyKey.valid("<1234@mail.example.kg>"));
    }
}
