package gov.appeals.routing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ColleagueGrantTest {

    private static final Instant GRANTED = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void aGrantHoldsUntilItsEndOrItsRevocation() {
        Instant until = GRANTED.plusSeconds(86_400);
        ColleagueGrant grant = new ColleagueGrant("MIN_LABOUR_SOCIAL", "officer", "mlsd.bekova", "leave", "head", GRANTED, until);
        assertTrue(grant.isInForceAt(GRANTED.plusSeconds(60)));
        assertFalse(grant.isInForceAt(until), "it ends at its end");

        ColleagueGrant open = new ColleagueGrant("MIN_LABOUR_SOCIAL", "officer", "mlsd.bekova", null, "head", GRANTED, null);
        assertTrue(open.isInForceAt(GRANTED.plusSeconds(365L * 86_400)), "until revoked");
        open.revoke("head", GRANTED.plusSeconds(120));
        assertFalse(open.isInForceAt(GRANTED.plusSeconds(121)));
        open.revoke("someone", GRANTED.plusSeconds(300));
        assertEquals("head", open.getRevokedBy(), "the first revocation is the one kept");
    }
}
