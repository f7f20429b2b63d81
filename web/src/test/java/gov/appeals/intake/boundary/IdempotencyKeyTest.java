package gov.appeals.intake.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.appeals.intake.control.IdempotencyKey;
import gov.appeals.platform.rest.InvalidRequestException;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key is checked and paired with the hash of the request's content, so that a
 * retry is recognised and a different request under the same key is refused.
 */
class IdempotencyKeyTest {

    private static PhoneAppealRequest call(String summary) {
        PhoneAppealRequest request = new PhoneAppealRequest();
        request.kind = "APPLICATION";
        request.summary = summary;
        request.callerNumber = "+996 555 123 456";
        return request;
    }

    @Test
    void theSameRequestSentAgainHasTheSameContent() {
        IdempotencyKey first = IntakeDesk.keyOf("call-4711", call("Не выплачивают пенсию"));
        IdempotencyKey retry = IntakeDesk.keyOf("call-4711", call("Не выплачивают пенсию"));
        assertEquals(first, retry);
        assertEquals(64, first.requestHash().length(), "SHA-256 in hex");
    }

    @Test
    void anotherRequestUnderTheSameKeyHasAnotherContent() {
        assertNotEquals(IntakeDesk.keyOf("call-4711", call("Не выплачивают пенсию")).requestHash(),
                IntakeDesk.keyOf("call-4711", call("Не выплачивают пособие")).requestHash());
    }

    @Test
    void withoutAKeyNothingIsRemembered() {
        assertNull(IntakeDesk.keyOf(null, call("x")));
    }

    @Test
    void aKeyIsOneTo200VisibleAsciiCharacters() {
        for (String bad : new String[] {"", "call 4711", "звонок", "x".repeat(201)}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> IntakeDesk.keyOf(bad, call("x")),
                    bad);
            assertEquals("Idempotency-Key", e.errors().get(0).field());
        }
        assertEquals("x".repeat(200), IntakeDesk.keyOf("x".repeat(200), call("x")).value());
    }
}
